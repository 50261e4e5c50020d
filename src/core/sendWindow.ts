// The recommended send window of a reply (24 to 48 business hours after
// `refus_recu`) as the report shows it: wall-clock dates of the writer's zone
// and where the reference time stands. The timing rules (rules/delai.ts)
// compute it, the report (report.ts) shows it; a type of its own so that
// neither has to import the other for it.

import type { LocalDateTime } from './draft';

export interface SendWindow {
  start: LocalDateTime;
  end: LocalDateTime;
  /** Where the reference time stands: before the window, inside it, after it. */
  position?: 'before' | 'during' | 'after';
}
