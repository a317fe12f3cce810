import { registerEnumType } from 'type-graphql';

export enum ConsentGiver {
  STORYTELLER = 'STORYTELLER',
  GUARDIAN = 'GUARDIAN',
}
registerEnumType(ConsentGiver, {
  name: 'ConsentGiver',
  description: 'Who gave consent: the storyteller, or for a minor their legal guardian.',
});

/** How far a story may travel. Only PUBLIC stories ever reach the public. */
export enum ConsentScope {
  INTERNAL = 'INTERNAL',
  NETWORK = 'NETWORK',
  PUBLIC = 'PUBLIC',
}
registerEnumType(ConsentScope, {
  name: 'ConsentScope',
  valuesConfig: {
    INTERNAL: { description: 'Staff of the organisation that collected it.' },
    NETWORK: { description: 'Members of the B.E.S.T. network.' },
    PUBLIC: { description: 'Anyone.' },
  },
});

export enum ConsentChannel {
  WEBSITE = 'WEBSITE',
  FACEBOOK = 'FACEBOOK',
  YOUTUBE = 'YOUTUBE',
  TWITTER = 'TWITTER',
  FLICKR = 'FLICKR',
  PRESS = 'PRESS',
  PRINT = 'PRINT',
}
registerEnumType(ConsentChannel, { name: 'ConsentChannel', description: 'A communication channel a consent covers.' });
