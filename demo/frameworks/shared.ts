// What the framework demos share: the data each one hands to the widgets as properties, so the
// four pages (React, Vue, Svelte and plain HTML in a framework's place) show the same lesson.

/** The head sizes the framework's own buttons offer the √d explorer. */
export const dChoices = [4, 64, 256, 4096];

/** Two questions of our own, handed to `<attention-quiz>` as its `questions` property. */
export const questions = [
  {
    id: 'fw-scale',
    prompt: 'Why divide the scores by √d before the softmax?',
    choices: [
      {
        id: 'a',
        text: 'To keep their spread near 1 whatever the head size, so softmax does not saturate.',
        correct: true,
        explanation: 'Right: a dot product of d unit-variance terms has variance d.',
      },
      {
        id: 'b',
        text: 'To make the scores positive.',
        explanation: 'Dividing by a positive number keeps every sign as it was.',
      },
    ],
    show: 'sqrt-d',
  },
  {
    id: 'fw-mask',
    prompt: 'In a decoder, which tokens can the third token attend to?',
    choices: [
      {
        id: 'a',
        text: 'All of them.',
        explanation: 'That is an encoder. The causal mask hides the later tokens.',
      },
      {
        id: 'b',
        text: 'The first three.',
        correct: true,
        explanation: 'Right: itself and the past.',
      },
    ],
    show: 'causal-mask',
  },
];

/** Each framework demo module exports this: mount the app, get back a function that removes it. */
export type Mount = (container: HTMLElement) => () => void;
