// The data's credit, on every page, in the form the ODbL asks for (catalog/source.ts): the
// dataset, its publisher and the export's date, the licence linked; the compiled catalogue is
// offered under the same licence. No Onisep logo: the licence does not allow it.
import { LICENCE, exportDay } from '../catalog/source';
import { catalogManifest } from '../data/catalog-query';

export function DataCredit() {
  const { dataset, publisher, exported } = catalogManifest.source;
  return (
    <p>
      Données : « {dataset},{' '}
      {publisher === 'Onisep' ? (
        <a href="https://www.onisep.fr/" rel="noopener noreferrer">
          Onisep
        </a>
      ) : (
        publisher
      )}
      {exported && `, export du ${exportDay(exported)}`}, sous{' '}
      <a href={LICENCE.url} rel="noopener noreferrer">
        licence {LICENCE.name}
      </a>{' '}
      ». Les fiches sont affichées telles que l'éditeur les publie ; le catalogue compilé par cette
      application est proposé sous la même licence.
    </p>
  );
}
