import { memo } from 'react';
import { useTranslation } from '../i18n/react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { LENGTH_RULE_MESSAGES } from '@replies/shared';
import { useMessages } from '../i18n/messages';
import { CheckboxField } from '../ui/Field';
import { useFormat } from '../ui/format';
import { useLength, type LengthStore } from './liveLength';
import { WordCount } from './WordCount';

interface LiveWordCountProps {
  lengths: LengthStore;
  field: 'body' | 'summary';
  id: string;
  limit: number;
}

/** The count under a text field; renders when the count changes, not at every keystroke. */
export const LiveWordCount = memo(function LiveWordCount({ lengths, field, id, limit }: LiveWordCountProps) {
  const count = useLength(lengths, (length) => length[field]);
  return <WordCount id={id} count={count} limit={limit} />;
});

/** Crossing the limit is announced once, not at every word. */
export const OverLimitAnnouncement = memo(function OverLimitAnnouncement({
  lengths,
  limit,
  editable,
}: {
  lengths: LengthStore;
  limit: number;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const overLimit = useLength(lengths, (length) => length.rule.overLimit);
  return (
    <p className="visually-hidden" aria-live="polite">
      {overLimit && editable ? t('reply.overLimitLive', { limit: format.number(limit) }) : ''}
    </p>
  );
});

interface LengthRuleNoticeProps {
  lengths: LengthStore;
  replyWordLimit: number;
  editable: boolean;
  webOnlyError?: string;
  webOnlyRegistration: UseFormRegisterReturn;
}

/**
 * Over the limit (or chosen for the web only): the rule, where the reply stands against it, and the
 * choice to publish it on the web only.
 */
export const LengthRuleNotice = memo(function LengthRuleNotice({
  lengths,
  replyWordLimit,
  editable,
  webOnlyError,
  webOnlyRegistration,
}: LengthRuleNoticeProps) {
  const { t } = useTranslation();
  const { message } = useMessages();
  const format = useFormat();
  const rule = useLength(lengths, (length) => length.rule);
  if (!rule.overLimit && !rule.webOnly) return null;

  const state =
    rule.proposedDecision === 'WEB_ONLY'
      ? t('reply.ruleWebOnly')
      : rule.proposedDecision === 'SUMMARY' && rule.overLimit
        ? t('reply.ruleSummary')
        : rule.blockingRule === 'SUMMARY_TOO_LONG'
          ? message(LENGTH_RULE_MESSAGES.SUMMARY_TOO_LONG)
          : null;

  return (
    <div className="notice" role="note" aria-labelledby="length-rule-title">
      <p id="length-rule-title" className="notice__title">
        {rule.overLimit ? t('reply.overLimitTitle', { limit: format.number(replyWordLimit) }) : t('reply.webOnlyTitle')}
      </p>
      <p>{message(LENGTH_RULE_MESSAGES.SUMMARY_OR_WEB_ONLY)}</p>
      {state && editable && <p className="notice__state">{state}</p>}
      <CheckboxField
        id="reply-web-only"
        label={t('reply.webOnly')}
        hint={t('reply.webOnlyHint')}
        disabled={!editable}
        error={webOnlyError}
        registration={webOnlyRegistration}
      />
    </div>
  );
});
