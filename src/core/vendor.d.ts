// Types for @socialgouv/jours-feries, which ships none.
declare module '@socialgouv/jours-feries' {
  /** French public holidays of `year` by French name, at midnight of the runtime's zone. */
  export default function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
