import {
  canAccept,
  canEdit,
  canReturn,
  canSubmit,
  canTranslate,
  canWithdraw,
  cycleStatusOn,
  inReport,
  isPublic,
  nextCycleStatus,
  nextReplyState,
  type TActor,
  type TReplyAction,
  type TReplyState,
} from './lifecycle';

const STATES: TReplyState[] = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'PUBLISHED', 'WITHDRAWN'];
const ACTIONS: TReplyAction[] = ['save', 'submit', 'return', 'accept', 'translate', 'publish', 'withdraw'];

/** Every allowed move, written out by hand: any move missing here must be refused. */
const ALLOWED: [TReplyState, TReplyAction, TActor, TReplyState][] = [
  ['NOT_STARTED', 'save', 'FOCAL_POINT', 'DRAFT'],
  ['NOT_STARTED', 'save', 'SECRETARIAT', 'DRAFT'],
  ['DRAFT', 'save', 'FOCAL_POINT', 'DRAFT'],
  ['DRAFT', 'save', 'SECRETARIAT', 'DRAFT'],
  ['RETURNED', 'save', 'FOCAL_POINT', 'RETURNED'],
  ['RETURNED', 'save', 'SECRETARIAT', 'RETURNED'],
  ['DRAFT', 'submit', 'FOCAL_POINT', 'SUBMITTED'],
  ['DRAFT', 'submit', 'SECRETARIAT', 'SUBMITTED'],
  ['RETURNED', 'submit', 'FOCAL_POINT', 'SUBMITTED'],
  ['RETURNED', 'submit', 'SECRETARIAT', 'SUBMITTED'],
  ['SUBMITTED', 'return', 'SECRETARIAT', 'RETURNED'],
  ['SUBMITTED', 'accept', 'SECRETARIAT', 'ACCEPTED'],
  ['ACCEPTED', 'translate', 'SECRETARIAT', 'ACCEPTED'],
  ['PUBLISHED', 'translate', 'SECRETARIAT', 'PUBLISHED'],
  ['ACCEPTED', 'publish', 'SECRETARIAT', 'PUBLISHED'],
  ['PUBLISHED', 'publish', 'SECRETARIAT', 'PUBLISHED'],
  ['DRAFT', 'withdraw', 'SECRETARIAT', 'WITHDRAWN'],
  ['SUBMITTED', 'withdraw', 'SECRETARIAT', 'WITHDRAWN'],
  ['RETURNED', 'withdraw', 'SECRETARIAT', 'WITHDRAWN'],
  ['ACCEPTED', 'withdraw', 'SECRETARIAT', 'WITHDRAWN'],
  ['PUBLISHED', 'withdraw', 'SECRETARIAT', 'WITHDRAWN'],
];

describe('reply lifecycle', () => {
  const cases = STATES.flatMap((state) =>
    ACTIONS.flatMap((action) =>
      (['FOCAL_POINT', 'SECRETARIAT', 'PORTAL'] as TActor[]).map((actor) => {
        const allowed = ALLOWED.find(([s, a, by]) => s === state && a === action && by === actor);
        return [state, action, actor, allowed ? allowed[3] : null] as const;
      }),
    ),
  );

  it.each(cases)('%s + %s by %s → %s', (state, action, actor, expected) => {
    expect(nextReplyState(state, action, actor)).toBe(expected);
  });

  it.each([
    // state, edit, submit, return, accept, translate, withdraw, inReport, public
    ['NOT_STARTED', true, false, false, false, false, false, false, false],
    ['DRAFT', true, true, false, false, false, true, false, false],
    ['SUBMITTED', false, false, true, true, false, true, false, false],
    ['RETURNED', true, true, false, false, false, true, false, false],
    ['ACCEPTED', false, false, false, false, true, true, true, false],
    ['PUBLISHED', false, false, false, false, true, true, true, true],
    ['WITHDRAWN', false, false, false, false, false, false, false, false],
  ] as const)(
    '%s: the questions the code asks',
    (state, edit, submit, ret, accept, translate, withdraw, report, pub) => {
      expect([
        canEdit(state),
        canSubmit(state),
        canReturn(state),
        canAccept(state),
        canTranslate(state),
        canWithdraw(state),
        inReport(state),
        isPublic(state),
      ]).toEqual([edit, submit, ret, accept, translate, withdraw, report, pub]);
    },
  );
});

describe('cycle lifecycle', () => {
  it.each([
    ['DRAFT', 'invite', 'OPEN'],
    ['OPEN', 'invite', 'OPEN'],
    ['CLOSED', 'invite', 'CLOSED'],
    ['PUBLISHED', 'invite', 'PUBLISHED'],
    ['DRAFT', 'close', null],
    ['OPEN', 'close', 'CLOSED'],
    ['CLOSED', 'close', null],
    ['PUBLISHED', 'close', null],
    ['DRAFT', 'reopen', null],
    ['OPEN', 'reopen', null],
    ['CLOSED', 'reopen', 'OPEN'],
    ['PUBLISHED', 'reopen', null],
    ['DRAFT', 'publish', 'PUBLISHED'],
    ['OPEN', 'publish', 'PUBLISHED'],
    ['CLOSED', 'publish', 'PUBLISHED'],
    ['PUBLISHED', 'publish', 'PUBLISHED'],
  ] as const)('%s + %s → %s', (status, event, expected) => {
    expect(nextCycleStatus(status, event)).toBe(expected);
  });

  it('an open cycle is closed once its cut-off date has passed, not on that day', () => {
    expect(cycleStatusOn('OPEN', '2010-06-23', '2010-06-23')).toBe('OPEN');
    expect(cycleStatusOn('OPEN', '2010-06-23', '2010-06-24')).toBe('CLOSED');
    expect(cycleStatusOn('DRAFT', '2010-06-23', '2010-06-24')).toBe('DRAFT');
    expect(cycleStatusOn('PUBLISHED', '2010-06-23', '2010-06-24')).toBe('PUBLISHED');
  });
});
