import type { Report, ReportAnswer, ReportAnswerOutcome, Verdict } from '../domain/reports';

/** What the member check's answers need from storage; infra's stores implement these. */
export interface ReportShelf {
  forVersion(versionId: string): Promise<Report | undefined>;
  text(versionId: string): Promise<string | undefined>;
}

export interface ReportAnswerShelf {
  answer(
    versionId: string,
    personId: string,
    answer: { verdict: Verdict; comment: string | null },
    at: Date,
  ): Promise<ReportAnswerOutcome>;
  answersTo(reportId: string): Promise<ReportAnswer[]>;
}
