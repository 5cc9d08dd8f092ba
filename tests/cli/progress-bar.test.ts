import { progressBar, progressReporter } from '../../cli/progress-bar';

describe('the export progress bar', () => {
  it('when a quarter is done, then a quarter of the bar is filled and the counts are shown', () => {
    expect(progressBar(250, 1000)).toBe('[########......................]  25% 250/1000');
  });

  it('when there is nothing to export, then the bar is full rather than dividing by zero', () => {
    expect(progressBar(0, 0)).toBe(`[${'#'.repeat(30)}] 100% 0/0`);
  });

  it('when stderr is a terminal, then the bar is redrawn in place and the summary follows on a line of its own', () => {
    const status: string[] = [];
    const err: string[] = [];
    const reporter = progressReporter({
      out: () => undefined,
      err: (l) => err.push(l),
      status: (l) => status.push(l),
    });
    reporter.update(1, 2);
    reporter.update(2, 2);
    reporter.finish('2 documents');
    expect(status).toEqual([progressBar(1, 2), progressBar(2, 2)]);
    expect(err).toEqual(['', '2 documents']);
  });

  it('when stderr is not a terminal, then only the final line is written', () => {
    const err: string[] = [];
    const reporter = progressReporter({ out: () => undefined, err: (l) => err.push(l) });
    reporter.update(1, 2);
    reporter.finish('2 documents');
    expect(err).toEqual(['2 documents']);
  });
});
