import { InFlightLimit } from '../../../infra/delivery/in-flight-limit';

describe('InFlightLimit', () => {
  it('when round trips are short, then one send at a time is enough and allowed', async () => {
    let now = 0;
    const limit = new InFlightLimit(
      8,
      () => 30,
      () => now,
      3,
    );
    expect(limit.allowed()).toBe(1);
    const first = await limit.enter();
    let secondEntered = false;
    const second = limit.enter().then((ticket) => {
      secondEntered = true;
      return ticket;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(secondEntered).toBe(false);
    now += 3;
    first.leave();
    (await second).leave();
    expect(secondEntered).toBe(true);
  });

  it('when round trips are long, then more sends may be in flight, up to the maximum', async () => {
    let now = 0;
    const limit = new InFlightLimit(
      8,
      () => 30,
      () => now,
      3,
    );
    for (let i = 0; i < 20; i++) {
      const ticket = await limit.enter();
      now += 300;
      ticket.leave();
    }
    // 30/s x ~0.3 s x 1.5 = 14, capped at 8.
    expect(limit.allowed()).toBe(8);
  });

  it('when a send hangs far longer than usual, then it stops holding the others up', async () => {
    let now = 0;
    const limit = new InFlightLimit(
      8,
      () => 30,
      () => now,
      3,
    );
    await limit.enter();
    now += 300;
    const next = await Promise.race([
      limit.enter().then(() => 'entered'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 50)),
    ]);
    expect(next).toBe('entered');
  });

  it('when the rate is shared down, then fewer sends are allowed in flight', () => {
    let rate = 30;
    const limit = new InFlightLimit(
      8,
      () => rate,
      () => 0,
      200,
    );
    expect(limit.allowed()).toBe(8);
    rate = 5;
    expect(limit.allowed()).toBe(2);
  });
});
