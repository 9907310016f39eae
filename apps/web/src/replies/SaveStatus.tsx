import { useTranslation } from '../i18n/react';
import { canEdit } from '@replies/shared';
import { useMessages } from '../i18n/messages';
import { useFormat } from '../ui/format';
import type { EditorStore } from './editorStore';
import { useEditorState } from './editorStore';

/** Where the draft stands: not saved yet, saving, saved at a time, or why saving failed. */
export function SaveStatus({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const format = useFormat();
  const status = useEditorState(store, (state) => state.status);
  const editable = useEditorState(store, (state) => canEdit(state.reply.status));
  const updatedAt = useEditorState(store, (state) => state.reply.updatedAt);

  const text = (() => {
    if (!editable) return '';
    switch (status.kind) {
      case 'dirty':
      case 'conflict':
        return t('save.unsaved');
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.savedAt', { time: format.time(status.at) });
      case 'failed':
        return t('save.failed', { reason: describeError(status.error) });
      case 'idle':
        return updatedAt ? t('save.lastSaved', { when: format.dateTime(updatedAt) }) : '';
    }
  })();

  return (
    <p className="save-status" role="status">
      {text}
    </p>
  );
}
