/**
 * The base of every LP Elements event: it bubbles and crosses shadow roots, so a page can listen
 * on `document` for whatever any element says. Subclasses fix the event type and its detail.
 */
export class LpEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}
