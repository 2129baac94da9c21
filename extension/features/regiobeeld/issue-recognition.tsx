import { useRef, useState } from 'preact/hooks';
import type { PartnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import type { Recognition, TargetRecognitions } from '../../../shared/regiobeeld/recognitions.ts';
import type { Reply } from '../../../shared/regiobeeld/replies.ts';
import type { RecognitionBody } from '../../../shared/schema/recognition.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { Verdict } from '../../../shared/schema/recognition.ts';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { t } from '../../i18n/t.ts';
import { chartGroupLabel } from './chart-texts.ts';
import type { IssueActions } from './issue-actions.tsx';
import type { RecognitionStore } from './recognition-store.ts';
import type { ReplyStore } from './reply-store.ts';

/** What the issue table needs to let this partner say whether it recognises an issue. */
export interface IssueRecognising extends Pick<IssueActions, 'busy' | 'run'> {
  readonly store: RecognitionStore;
  /** This installation's partner id: its own word is shown as chosen. */
  readonly self: string;
}

/** What the issue table needs to let this partner (the coordinator too) reply to another's word. */
export interface RecognitionReplying extends Pick<IssueActions, 'busy' | 'run'> {
  readonly store: ReplyStore;
  readonly self: string;
}

/**
 * Who said it, as the issue table and the session view show it: the domain, the organisation and
 * the reason in quotes; only the domain and the reason when shown anonymously.
 */
export function recognitionText(recognition: Recognition, partners: PartnerDirectory, anonymous = false): string {
  const reason = recognition.reason === '' ? '' : `: “${recognition.reason}”`;
  if (anonymous) return `${chartGroupLabel(recognition.domain)}${reason}`;
  const name = partners.of(recognition.partnerId).organisation ?? t('regiobeeldUnknownPartner');
  return `${chartGroupLabel(recognition.domain)} (${name}${reason})`;
}

/** A reply as the table shows it: who answers whom, and what. */
export function replyText(reply: Reply, to: Recognition, partners: PartnerDirectory, anonymous = false): string {
  const name = (partnerId: string, domain: Reply['domain']) =>
    anonymous ? chartGroupLabel(domain) : (partners.of(partnerId).organisation ?? t('regiobeeldUnknownPartner'));
  return t('replyLine', name(reply.partnerId, reply.domain), name(to.partnerId, to.domain), reply.text);
}

export interface RecognitionPanelProps {
  readonly targetType: RecognitionBody['targetType'];
  readonly targetId: string;
  /** How the target is named in the status after a change. */
  readonly title: string;
  readonly recognitions: TargetRecognitions;
  readonly partners: PartnerDirectory;
  readonly recognising: IssueRecognising | undefined;
  readonly replying?: RecognitionReplying | undefined;
}

/**
 * Which domains recognise an issue or observation and who does not and why, the replies to them,
 * and this partner's own "herken ik" or "herken ik niet" with an optional reason. Test ids:
 * issue-recognitions (data-target-type, data-target-id; data-issue-id for an issue), recognised-by,
 * not-recognised-by, recognition-reply (data-recognition-id), recognise-yes, recognise-no,
 * recognise-reason, recognise-save, recognise-withdraw, reply-open, reply-form, reply-to, reply-text,
 * reply-save, reply-withdraw, reply-cancel.
 */
export function RecognitionPanel({ targetType, targetId, title, recognitions, partners, recognising, replying }: RecognitionPanelProps) {
  const { recognised, notRecognised } = recognitions;
  const all = [...recognised, ...notRecognised];
  const own = all.find((recognition) => recognition.partnerId === recognising?.self);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const askButton = useRef<HTMLButtonElement>(null);
  const say = async (verdict: Verdict, why: string) => {
    if (recognising === undefined) return;
    if (await recognising.run(() => recognising.store.say(targetType, targetId, verdict, why), t('recognitionSaved', title))) {
      // The reason's field goes away with its focus: back to the button that opened it.
      if (asking) askButton.current?.focus();
      setAsking(false);
    }
  };
  const repliable = replying === undefined ? [] : all.filter((recognition) => recognition.partnerId !== replying.self);
  return (
    <div
      class="recognitions"
      data-testid="issue-recognitions"
      data-target-type={targetType}
      data-target-id={targetId}
      {...(targetType === 'issue' ? { 'data-issue-id': targetId } : {})}
    >
      {recognised.length === 0 && notRecognised.length === 0 && <p class="hint small">{t('recognitionNone')}</p>}
      {recognised.length > 0 && (
        <p data-testid="recognised-by">{t('recognisedBy', recognised.map((recognition) => recognitionText(recognition, partners)).join(', '))}</p>
      )}
      {notRecognised.length > 0 && (
        <p data-testid="not-recognised-by">{t('notRecognisedBy', notRecognised.map((recognition) => recognitionText(recognition, partners)).join(', '))}</p>
      )}
      {all.some((recognition) => recognition.replies.length > 0) && (
        <ul class="replies">
          {all.flatMap((recognition) =>
            recognition.replies.map((reply) => (
              <li key={reply.id} data-testid="recognition-reply" data-recognition-id={recognition.id}>
                {replyText(reply, recognition, partners)}
              </li>
            )),
          )}
        </ul>
      )}
      {recognising !== undefined && (
        <div class="row" role="group" aria-label={t(targetType === 'issue' ? 'recognitionGroup' : 'observationRecognitionGroup')}>
          <button
            type="button"
            class="quiet"
            aria-pressed={own?.verdict === 'recognised'}
            disabled={recognising.busy}
            onClick={() => void say('recognised', '')}
            data-testid="recognise-yes"
          >
            {t('recogniseYes')}
          </button>
          <button
            type="button"
            class="quiet"
            ref={askButton}
            aria-pressed={own?.verdict === 'not-recognised'}
            aria-expanded={asking}
            disabled={recognising.busy}
            onClick={() => {
              setReason(own?.verdict === 'not-recognised' ? own.reason : '');
              setAsking(!asking);
            }}
            data-testid="recognise-no"
          >
            {t('recogniseNo')}
          </button>
          {own !== undefined && (
            <button
              type="button"
              class="quiet"
              disabled={recognising.busy}
              onClick={() => void recognising.run(() => recognising.store.withdraw(targetId), t('recognitionWithdrawn', title))}
              data-testid="recognise-withdraw"
            >
              {t('recogniseWithdraw')}
            </button>
          )}
        </div>
      )}
      {recognising !== undefined && asking && (
        <form
          class="recognise-reason"
          onSubmit={(event) => {
            event.preventDefault();
            void say('not-recognised', reason);
          }}
        >
          <TextField
            id={`recognise-${targetId}-reason`}
            testId="recognise-reason"
            label={t('recogniseReason')}
            value={reason}
            onChange={setReason}
            maxLength={LIMITS.shortText}
            autoFocus
          />
          <button type="submit" disabled={recognising.busy} data-testid="recognise-save">
            {t('recogniseSave')}
          </button>
        </form>
      )}
      {replying !== undefined && repliable.length > 0 && (
        <ReplyForm targetId={targetId} title={title} partners={partners} repliable={repliable} replying={replying} />
      )}
    </div>
  );
}

/** Replying to a partner's word: which one, and what; built on opening, focus back on its button when it closes. */
function ReplyForm({
  targetId,
  title,
  partners,
  repliable,
  replying,
}: {
  readonly targetId: string;
  readonly title: string;
  readonly partners: PartnerDirectory;
  readonly repliable: readonly Recognition[];
  readonly replying: RecognitionReplying;
}) {
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const target = repliable.find((recognition) => recognition.id === to) ?? repliable[0];
  const ownReply = (recognition: Recognition | undefined) => recognition?.replies.find((reply) => reply.partnerId === replying.self);
  const choose = (id: string) => {
    setTo(id);
    setText(ownReply(repliable.find((recognition) => recognition.id === id))?.text ?? '');
  };
  const close = () => {
    setOpen(false);
    setMissing(false);
    queueMicrotask(() => openButton.current?.focus());
  };
  const label = (recognition: Recognition) => {
    const name = partners.of(recognition.partnerId).organisation ?? t('regiobeeldUnknownPartner');
    return t(recognition.verdict === 'recognised' ? 'replyTargetRecognised' : 'replyTargetNotRecognised', name);
  };
  if (!open || target === undefined)
    return (
      <button
        type="button"
        class="quiet"
        ref={openButton}
        aria-label={t('replyOpenLabel', title)}
        onClick={() => {
          const first = repliable.find((recognition) => recognition.verdict === 'not-recognised') ?? repliable[0];
          if (first !== undefined) choose(first.id);
          setOpen(true);
        }}
        data-testid="reply-open"
      >
        {t('replyOpen')}
      </button>
    );
  return (
    <form
      class="reply-form"
      data-testid="reply-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') {
          setMissing(true);
          return;
        }
        void replying.run(() => replying.store.reply(target.id, text), t('replySaved')).then((stored) => stored && close());
      }}
    >
      <SelectField
        id={`reply-${targetId}-to`}
        testId="reply-to"
        label={t('replyTo')}
        value={target.id}
        onChange={choose}
        options={repliable.map((recognition) => ({ value: recognition.id, label: label(recognition) }))}
      />
      <TextField
        id={`reply-${targetId}-text`}
        testId="reply-text"
        label={t('replyText')}
        value={text}
        onChange={setText}
        maxLength={LIMITS.shortText}
        error={missing ? 'replyTextNeeded' : undefined}
        autoFocus
      />
      <div class="row">
        <button type="submit" disabled={replying.busy} data-testid="reply-save">
          {t('replySave')}
        </button>
        {ownReply(target) !== undefined && (
          <button
            type="button"
            class="quiet"
            disabled={replying.busy}
            onClick={() => void replying.run(() => replying.store.withdraw(target.id), t('replyWithdrawn')).then((stored) => stored && close())}
            data-testid="reply-withdraw"
          >
            {t('replyWithdraw')}
          </button>
        )}
        <button type="button" class="quiet" onClick={close} data-testid="reply-cancel">
          {t('replyCancel')}
        </button>
      </div>
    </form>
  );
}
