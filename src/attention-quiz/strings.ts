/** The default English strings of `<attention-quiz>`; a page overrides any of them through `strings`. */
export const quizStrings = {
  /** Accessible name of the whole quiz. */
  label: 'Knowledge check',
  progress: (k: number, total: number) => `Question ${k} of ${total}`,
  scoreLabel: 'Score',
  score: (raw: number, max: number) => `${raw}/${max}`,
  check: 'Check',
  next: 'Next question',
  seeResult: 'See your result',
  chooseFirst: 'Choose an answer first.',
  correct: 'Correct.',
  wrong: 'Not quite.',
  yourAnswer: 'Your answer',
  rightAnswer: 'The right answer',
  whyRight: 'Why it is right:',
  showMe: 'Show me',
  showHandled: 'It is shown in the lesson now.',
  showUnavailable: 'Nothing on this page can show this topic; look back over the lesson instead.',
  resultHeading: (raw: number, max: number) => `You scored ${raw}/${max}`,
  passed: (pass: number, max: number) => `Passed: the pass mark is ${pass}/${max}.`,
  failed: (pass: number, max: number) =>
    `Not passed yet: the pass mark is ${pass}/${max}. Read the explanations and try again.`,
  reviewHeading: 'Your answers',
  reviewCorrect: 'correct',
  reviewWrong: 'wrong',
  retry: 'Try again',
  errorTitle: 'These questions could not be used.',
  jsonError: 'The questions JSON could not be read',
  lmsNoApi: (kind: string) =>
    `No ${kind} gradebook connection was found, so this score is not reported. The quiz works as usual.`,
  lmsFailed: (call: string, detail: string) =>
    `The gradebook refused ${call} (${detail}). The quiz works as usual.`,
  badPassScore: (value: string) =>
    `pass-score must be a whole number of 0 or more, not "${value}".`,
  badLms: (value: string) => `lms must be scorm12, scorm2004 or xapi, not "${value}".`,
  // Validation of a page's question set.
  questionName: (index: number, id?: string) =>
    id ? `Question ${index} ("${id}")` : `Question ${index}`,
  notAList: 'The questions must be a list (a JSON array).',
  empty: 'The list of questions is empty.',
  notAnObject: (where: string) => `${where} is not an object.`,
  badId: (where: string) => `${where} needs an "id" that is a non-empty string.`,
  duplicateQuestionId: (where: string, id: string) =>
    `${where}: the id "${id}" is used by an earlier question.`,
  notText: (where: string, field: string) => `${where}: "${field}" must be a string.`,
  tooFewChoices: (where: string, count: number) =>
    `${where} needs at least 2 choices, it has ${count}.`,
  notOneCorrect: (where: string, count: number) =>
    `${where} needs exactly one correct choice, it has ${count}.`,
  duplicateChoiceId: (where: string, id: string) => `${where}: two choices share the id "${id}".`,
  badCorrect: (where: string, choiceId: string) =>
    `${where}: "correct" of choice "${choiceId}" must be true or false.`,
  badShow: (where: string) => `${where}: "show" is not a topic any widget shows.`,
};

export type QuizStrings = typeof quizStrings;
