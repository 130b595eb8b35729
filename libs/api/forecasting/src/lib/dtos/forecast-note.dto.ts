import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ForecastNote', {
  description:
    "One sentence of a forecast's note as a template key and its params, to word it in the reader's language (docs/api.md lists the keys); text is the English",
})
export class ForecastNoteDto {
  @Field({ description: 'The template, e.g. history.short or pipeline.untimed' })
  key!: string;

  @Field({
    description:
      'The values the template names, as JSON text: methods by their ForecastMethod code, periods as MONTH, QUARTER or YEAR, counts and percentages as numbers',
  })
  params!: string;

  @Field({ description: 'The sentence in English' })
  text!: string;
}
