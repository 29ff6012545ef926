// Said beside a count when the full-text index could not be loaded (offline before it was ever
// saved, a server being updated): the results are those of the titles.
export function TextSearchFailed() {
  return (
    <span className="mt-1 block text-sm font-normal text-slate-700 dark:text-slate-300">
      Le texte des fiches n'a pas pu être chargé : seuls les titres ont été cherchés. Vérifie ta connexion,
      puis retape un mot.
    </span>
  );
}
