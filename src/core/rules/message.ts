// Shared wording of the phrase rules' messages.
import { fold } from '../text';

/** « words » : explanation — unless the explanation already opens with those words. */
export function quoteThen(explication: string, quoted: string): string {
  return fold(explication).startsWith(fold(`« ${quoted}`)) ? explication : `« ${quoted} » : ${explication}`;
}
