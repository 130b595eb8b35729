import { Pipe, type PipeTransform } from '@angular/core';

import { attainmentBand } from './attainment-bar';

/** `[attr.data-band]="attainment | attainmentBand"`: the one colour scale, for templates without a method. */
@Pipe({ name: 'attainmentBand' })
export class AttainmentBandPipe implements PipeTransform {
  transform(attainment: number | null | undefined): string {
    return attainmentBand(attainment ?? null);
  }
}
