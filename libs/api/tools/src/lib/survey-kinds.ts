/** The kinds a survey is made of: whom it asks, how a question is answered, what a text question is about. */

export enum SurveyAudience {
  /** Reps holding a seat on any of the survey's tools when they answer */
  SEAT_HOLDERS = 'SEAT_HOLDERS',
  /** Reps of the chosen teams and the teams below them */
  TEAMS = 'TEAMS',
  /** The chosen reps */
  REPS = 'REPS',
  EVERYONE = 'EVERYONE',
}

export enum QuestionKindEnum {
  CSAT = 'CSAT',
  NPS = 'NPS',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  TEXT = 'TEXT',
}

/** What a free-text question asks for, so likes and dislikes can be grouped. */
export enum TextTopic {
  LIKES = 'LIKES',
  DISLIKES = 'DISLIKES',
  OTHER = 'OTHER',
}
