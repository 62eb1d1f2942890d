import {css} from 'lit';

/** Layout of `<attention-quiz>`; colours come from the shared private tokens. */
export const quizStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }
  p {
    margin: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem 1rem;
    color: var(--_muted);
  }
  .score .num {
    color: var(--_fg);
    font-weight: 600;
  }
  .question {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.75rem;
    font-weight: 600;
    font-size: 1.1em;
    line-height: 1.35;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.65rem;
    align-items: start;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(input:disabled) {
    cursor: default;
  }
  .choice input {
    margin: 0.2em 0 0;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    accent-color: var(--_accent);
  }
  .choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice input:focus-visible {
    outline: none;
  }
  .choice.chosen {
    border-color: var(--_accent);
  }
  .choice.right {
    border-color: var(--_success);
    border-inline-start-width: 4px;
  }
  .choice.wrong {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }
  .tag {
    grid-column: 2;
    justify-self: start;
    margin-block-start: 0.3rem;
    font-size: 0.85em;
    font-weight: 600;
  }
  .right .tag {
    color: var(--_success);
  }
  .wrong .tag {
    color: var(--_danger);
  }
  .feedback {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_success);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .feedback.bad {
    border-inline-start-color: var(--_danger);
  }
  .feedback.ok .verdict,
  .outcome.ok {
    color: var(--_success);
  }
  .feedback.bad .verdict {
    color: var(--_danger);
  }
  .feedback:focus-visible,
  legend [data-focus]:focus-visible,
  h2:focus-visible {
    outline-offset: 4px;
  }
  .show {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .hint {
    color: var(--_muted);
  }
  .notice {
    padding: 0.4rem 0.7rem;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .result {
    display: grid;
    gap: 0.75rem;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1em;
  }
  .outcome {
    font-weight: 600;
  }
  .review {
    display: grid;
    gap: 0.6rem;
    margin: 0;
    padding-inline-start: 1.4rem;
  }
  .review li {
    padding-inline-start: 0.25rem;
  }
  .review .prompt {
    font-weight: 600;
  }
  .review .ok .mark {
    color: var(--_success);
  }
  .review .bad .mark {
    color: var(--_danger);
  }
  ::slotted(a) {
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    .choice.right,
    .choice.wrong,
    .feedback {
      border-color: CanvasText;
    }
  }
`;
