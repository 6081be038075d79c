import type { Levels } from '@lp-elements/model';
import type { ReactiveControllerHost } from 'lit';

/**
 * What the catalogue's view needs from `<lp-course-catalogue>`: the attributes and properties it
 * reads, and the element itself, which it renders into, fires events from and writes JSON-LD under.
 */
export interface CatalogueHost extends ReactiveControllerHost, HTMLElement {
  readonly src?: string | undefined;
  readonly data?: unknown;
  readonly recommendFor?: string | undefined;
  readonly required?: string | undefined;
  readonly syncUrl?: string | undefined;
  readonly catalogueId?: string | undefined;
  readonly noJsonLd: boolean;
  readonly now?: Date | undefined;
  /** The `recommend-for` person's levels as changed on the page since the data was given. */
  readonly levelChanges: Levels | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}
