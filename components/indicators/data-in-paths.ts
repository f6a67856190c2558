/** The addresses of the indicator figures' "data in" pages and the catalogue, under one trust. */
export function dataInPaths(trustSlug: string) {
  const base = `/t/${trustSlug}/indicators`;
  return {
    indicators: base,
    upload: `${base}/upload`,
    enter: `${base}/enter`,
    history: `${base}/history`,
    catalogue: `${base}/catalogue`,
    addLocal: `${base}/catalogue/new`,
    core20plus5: `${base}/core20plus5`,
    template: '/templates/indicator-figures-template.csv',
  };
}
