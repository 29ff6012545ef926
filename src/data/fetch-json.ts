// Fetching the catalogue's data files: every failure becomes a message a student can read.

export class DataError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

export function dataUrl(name: string): string {
  return `${import.meta.env.BASE_URL}catalog/${name}`;
}

/** A runtime schema (zod's, or a hand-written check of the same shape). */
export interface Validator<T> {
  safeParse(
    json: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export async function fetchJson<T>(name: string, schema: Validator<T>): Promise<T> {
  const url = dataUrl(name);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new DataError(
      'Impossible de télécharger les fiches : vérifie ta connexion à Internet, puis réessaie.',
      `${url}: ${String(e)}`,
    );
  }
  if (!response.ok) {
    throw new DataError(
      'Les fiches sont introuvables sur le serveur. Réessaie dans un instant ; si cela continue, le site est peut-être en cours de mise à jour.',
      `${url}: HTTP ${response.status}`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (e) {
    throw new DataError(
      'Les fiches reçues sont abîmées (téléchargement incomplet ?). Réessaie.',
      `${url}: ${String(e)}`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new DataError(
      'Les fiches reçues ne sont pas dans le format attendu. Réessaie ; si cela continue, le site est peut-être en cours de mise à jour.',
      `${url}: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.map(String).join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data;
}
