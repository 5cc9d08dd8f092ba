import type { TabDashboard } from '../dashboard.model';
import { el } from './dom';
import type { PageStrings } from './strings';

export type ExportFormat = 'xlsx' | 'csv' | 'qdpx';
/** Fetches the export with the page's sign-in and hands it to the browser as a download. */
export type Download = (studyId: string, format: ExportFormat) => Promise<void>;

type Studies = NonNullable<TabDashboard['research']>['studies'];

function exportButton(label: string, onClick: () => Promise<void>): HTMLButtonElement {
  const button = el('button', { type: 'button' }, label);
  button.addEventListener('click', () => {
    button.disabled = true;
    void onClick().finally(() => {
      button.disabled = false;
    });
  });
  return button;
}

/** Per study the pseudonymised export: MAXQDA (xlsx), any spreadsheet (csv), or REFI-QDA (qdpx). */
export function researchSection(studies: Studies, t: PageStrings, download: Download) {
  const status = el('p', { class: 'subtle', role: 'status' });
  const fetchFile = (studyId: string, format: ExportFormat) => async () => {
    status.textContent = t.downloading;
    try {
      await download(studyId, format);
      status.textContent = '';
    } catch (err) {
      status.textContent = err instanceof Error && err.message ? err.message : t.downloadFailed;
    }
  };
  return el(
    'section',
    { 'data-testid': 'research' },
    el('h2', {}, t.research),
    el('p', { class: 'subtle' }, t.researchIntro),
    ...studies.map((study) =>
      el(
        'p',
        { class: 'study' },
        el('strong', {}, study.name),
        ' ',
        exportButton(t.downloadXlsx, fetchFile(study.id, 'xlsx')),
        ' ',
        exportButton(t.downloadCsv, fetchFile(study.id, 'csv')),
        ' ',
        exportButton(t.downloadQdpx, fetchFile(study.id, 'qdpx')),
      ),
    ),
    status,
  );
}
