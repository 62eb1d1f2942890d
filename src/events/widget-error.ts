export interface WidgetErrorDetail {
  /** The tag name of the widget that rejected the input. */
  widget: string;
  /** What was wrong, in the widget's language, as shown inside it. */
  message: string;
}

/** `attention-widget-error`: bubbles and is composed. */
export class WidgetErrorEvent extends CustomEvent<WidgetErrorDetail> {
  static readonly eventName = 'attention-widget-error' as const;
  constructor(detail: WidgetErrorDetail) {
    super(WidgetErrorEvent.eventName, {detail, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'attention-widget-error': WidgetErrorEvent;
  }
}
