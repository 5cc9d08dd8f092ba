import {
  promptsStopped,
  SILENT_WEEKS_BEFORE_COACH,
  silentWeeksInARow,
  teamcoachToBeTold,
  type WeekOutcome,
} from '../../domain/logboek-rhythm';

describe('silentWeeksInARow', () => {
  it.each<[WeekOutcome[], number]>([
    [[], 0],
    [['written'], 0],
    [['silent'], 1],
    [['silent', 'silent', 'written', 'silent', 'silent'], 2],
    [['written', 'silent', 'silent', 'silent', 'silent'], 4],
    [['silent', 'silent', 'skipped'], 0],
  ])('when the weeks were %j, then %i of the latest were silent', (outcomes, count) => {
    expect(silentWeeksInARow(outcomes)).toBe(count);
  });
});

describe('promptsStopped', () => {
  it('when the limit is read, then it is three weeks', () => {
    expect(SILENT_WEEKS_BEFORE_COACH).toBe(3);
  });

  it.each<[WeekOutcome[], boolean]>([
    [['silent', 'silent', 'silent'], true],
    [['written', 'silent', 'silent', 'silent', 'silent'], true],
    [['silent', 'silent'], false],
    [['silent', 'skipped', 'silent', 'silent'], false],
    [['silent', 'silent', 'silent', 'written'], false],
    [['silent', 'silent', 'silent', 'skipped'], false],
    [['skipped', 'skipped', 'skipped'], false],
  ])('when the weeks were %j, then stopped is %p', (outcomes, stopped) => {
    expect(promptsStopped(outcomes)).toBe(stopped);
  });
});

describe('teamcoachToBeTold', () => {
  it('when the third silent week in a row ends, then the teamcoach is told', () => {
    expect(teamcoachToBeTold(['written', 'silent', 'silent', 'silent'])).toBe(true);
  });

  it('when a fourth silent week follows, then the teamcoach is not told again', () => {
    expect(teamcoachToBeTold(['silent', 'silent', 'silent', 'silent'])).toBe(false);
  });

  it('when the person wrote and then fell silent three weeks again, then they are told again', () => {
    const outcomes: WeekOutcome[] = ['silent', 'silent', 'silent', 'written', 'silent', 'silent'];
    expect(teamcoachToBeTold(outcomes)).toBe(false);
    expect(teamcoachToBeTold([...outcomes, 'silent'])).toBe(true);
  });
});
