import JSZip from 'jszip';
import type { TOutboxMail } from '@replies/shared';
import { MailWorker } from '../../apps/api/src/modules/mail/mail-worker';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { eventually, sendMailThrough, startSmtpServer, type TestSmtpServer } from '../setup/smtp';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../setup/test-app';

let t: TestApp;
let smtp: TestSmtpServer;
let editor: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  smtp = await startSmtpServer();
  await sendMailThrough(smtp, [t]);
  const user = await createUser(t.prisma, { role: 'EDITOR' });
  editor = await signIn(t.http, user.email, user.password);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
// Each test counts the mails the server receives: the previous test's mail must all have left first
// (on a loaded machine the worker may still be sending it when the next test starts).
beforeEach(async () => {
  await eventually(async () => (await t.prisma.mailOutbox.count({ where: { status: 'PENDING' } })) === 0, 30_000);
  smtp.received.length = 0;
  smtp.refuse(null);
}, 40_000);

const outbox = async (entityCode: string) =>
  ((await editor.get('/api/outbox').expect(200)).body as TOutboxMail[]).filter((m) => m.entityCode === entityCode);

async function newCycle(): Promise<string> {
  return (
    (await editor.post('/api/cycles', cycleBody({ cutoffOn: '2099-06-23' })).expect(201)).body as { slug: string }
  ).slug;
}

describe('mail through SMTP', () => {
  it("answers to the cycle's office: its mailbox is the invitation's Reply-To", async () => {
    const code = `MB${Date.now().toString(36).slice(-6).toUpperCase()}`;
    await t.prisma.office.create({ data: { code, nameEn: 'Mailbox test office', email: 'replies-mb@un.org' } });
    await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'NOR' });
    const slug = (
      (await editor.post('/api/cycles', cycleBody({ cutoffOn: '2099-06-23', officeCode: code })).expect(201)).body as {
        slug: string;
      }
    ).slug;
    await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['NOR'], sentOn: '2010-02-19' }).expect(201);

    const [mail] = await smtp.waitFor(1);
    expect(mail.parsed.replyTo?.text).toBe('replies-mb@un.org');
  });

  it('sends the note verbale in Chinese with text and HTML parts, the DOCX attached, Reply-To and the message id', async () => {
    const fp = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'CHN', name: '王芳' });
    await t.prisma.user.update({ where: { id: fp.id }, data: { language: 'zh' } });
    const slug = await newCycle();
    await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['CHN'], sentOn: '2010-02-19' }).expect(201);

    const [mail] = await smtp.waitFor(1);
    expect(mail.envelope.to).toEqual([fp.email]);
    expect(mail.parsed.subject).toMatch(/^根据大会第64\/38号决议征求意见（A\/65\/\d+）$/);
    // The subject travels as an RFC 2047 encoded word: any client decodes it.
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(mail.parsed.from?.value).toEqual([{ name: 'Replies', address: 'no-reply@localhost' }]);
    expect(mail.parsed.replyTo?.text).toBe('replies@un.org');
    expect(mail.parsed.to && 'text' in mail.parsed.to ? mail.parsed.to.text : '').toContain(fp.email);
    expect(mail.parsed.text).toContain('联合国秘书长向中国常驻联合国代表致意');
    expect(mail.parsed.text).toContain('普通照会以 Word 文档（DOCX）附后。');
    expect(mail.parsed.html).toContain('<html lang="zh" dir="ltr">');
    expect(mail.parsed.html).toContain(`/cycles/${slug}`);
    expect(mail.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    expect(mail.raw).toMatch(/Content-Type: text\/html; charset=utf-8/i);

    const [docx] = mail.parsed.attachments;
    expect(docx.filename).toBe(`${slug}-note-verbale-CHN-zh.docx`);
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const document = await (await JSZip.loadAsync(docx.content)).file('word/document.xml')!.async('string');
    expect(document).toContain('联合国秘书长向中国常驻联合国代表致意');

    const [stored] = await eventually(async () => {
      const mails = await outbox('CHN');
      return mails[0]?.status === 'SENT' ? mails : null;
    });
    expect(stored).toMatchObject({
      status: 'SENT',
      kind: 'INVITATION',
      language: 'zh',
      attempts: 1,
      lastError: null,
      messageId: mail.parsed.messageId,
      attachments: [{ fileName: docx.filename, size: docx.size }],
    });
    expect(stored.serverResponse).toContain(`queued as ${mail.queueId}`);
  });

  it('gives organizations a letter and States a note verbale unless one channel is chosen', async () => {
    await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'IAEA' });
    await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'NOR' });
    const slug = await newCycle();
    await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['IAEA', 'NOR'], sentOn: '2010-02-19' });
    const mails = await smtp.waitFor(2);
    const attachment = (code: string) =>
      mails.find((m) => m.parsed.attachments[0].filename?.includes(`-${code}-`))!.parsed.attachments[0].filename;
    expect(attachment('IAEA')).toBe(`${slug}-letter-IAEA-en.docx`);
    expect(attachment('NOR')).toBe(`${slug}-note-verbale-NOR-en.docx`);
    const invitations = (await editor.get(`/api/cycles/${slug}/invitations`)).body as {
      entityCode: string;
      channel: string;
    }[];
    expect(Object.fromEntries(invitations.map((i) => [i.entityCode, i.channel]))).toEqual({
      IAEA: 'LETTER',
      NOR: 'NOTE_VERBALE',
    });
  });

  it('decodes an Arabic subject, and no header can be added through a name or a comment', async () => {
    const fp = await createUser(t.prisma, {
      role: 'FOCAL_POINT',
      entityCode: 'EGY',
      name: 'Evil\r\nBcc: victim@example.org\r\nX-Injected: yes',
    });
    await t.prisma.user.update({ where: { id: fp.id }, data: { language: 'ar' } });
    const slug = await newCycle();
    await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['EGY'], sentOn: '2010-02-19' }).expect(201);
    const focalPoint = await signIn(t.http, fp.email, fp.password);
    await focalPoint
      .put(`/api/cycles/${slug}/replies/EGY`, {
        originalLanguage: 'ar',
        texts: { ar: { body: 'نص الرد.' } },
        version: 0,
      })
      .expect(200);
    await focalPoint.post(`/api/cycles/${slug}/replies/EGY/submit`).expect(200);
    await editor
      .post(`/api/cycles/${slug}/replies/EGY/return`, { comment: 'Please add.\r\nBcc: victim@example.org' })
      .expect(200);

    const mails = await smtp.waitFor(3);
    const returned = mails.find((m) => m.parsed.subject?.startsWith('أُعيد ردكم'))!;
    expect(returned.parsed.subject).toMatch(/^أُعيد ردكم \(A\/65\/\d+\) لتنقيحه$/);
    expect(returned.parsed.html).toContain('dir="rtl"');
    expect(returned.parsed.text).toContain('Please add.');
    for (const mail of mails) {
      expect(mail.envelope.to).toEqual([fp.email]);
      expect(mail.parsed.headers.has('bcc')).toBe(false);
      expect(mail.parsed.headers.has('x-injected')).toBe(false);
      expect(mail.raw).not.toMatch(/^Bcc:/im);
      expect(mail.raw).not.toMatch(/^X-Injected:/im);
    }
  });

  it('retries a server that refuses the first attempts (451), then it is sent', async () => {
    const fp = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'SWE' });
    smtp.refuse((attempt, to) =>
      to.includes(fp.email) && attempt <= 2 ? { code: 451, message: 'Temporary local problem, try again later' } : null,
    );
    const slug = await newCycle();
    await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['SWE'], sentOn: '2010-02-19' }).expect(201);

    const pending = await eventually(async () => {
      const [mail] = await outbox('SWE');
      return mail?.attempts === 1 ? mail : null;
    });
    expect(pending).toMatchObject({ status: 'PENDING', lastError: expect.stringContaining('451') });

    await smtp.waitFor(1);
    const sent = await eventually(async () => {
      const [mail] = await outbox('SWE');
      return mail?.status === 'SENT' ? mail : null;
    });
    expect(sent.attempts).toBe(3);
    expect(smtp.received).toHaveLength(1);
  });

  it('marks a mail FAILED at once when the server refuses it for good (550); an editor sends it again', async () => {
    const fp = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'DNK' });
    smtp.refuse((_, to) => (to.includes(fp.email) ? { code: 550, message: 'Mailbox unavailable' } : null));
    const slug = await newCycle();
    await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['DNK'], sentOn: '2010-02-19' }).expect(201);
    const failed = await eventually(async () => {
      const [mail] = await outbox('DNK');
      return mail?.status === 'FAILED' ? mail : null;
    });
    expect(failed).toMatchObject({ attempts: 1, lastError: expect.stringContaining('550 Mailbox unavailable') });
    await editor.post(`/api/outbox/${failed.id}/cancel`).expect(409);

    smtp.refuse(null);
    const retried = await editor.post(`/api/outbox/${failed.id}/retry`).expect(200);
    expect(retried.body.status).toBe('PENDING');
    await smtp.waitFor(1);
    await eventually(async () => (await outbox('DNK'))[0]?.status === 'SENT');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'mail.retry', targetId: failed.id } });
    expect(audit.before).toEqual({ status: 'FAILED' });
  });

  it('marks a mail FAILED with the last error once the last attempt fails', async () => {
    const fp = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'ISL' });
    smtp.refuse((_, to) =>
      to.includes(fp.email) ? { code: 421, message: 'Service not available, closing channel' } : null,
    );
    const slug = await newCycle();
    await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['ISL'], sentOn: '2010-02-19' }).expect(201);
    const failed = await eventually(async () => {
      const [mail] = await outbox('ISL');
      return mail?.status === 'FAILED' ? mail : null;
    }, 30_000);
    // MAIL_RETRY_LIMIT is 3 in these tests: the first attempt and three retries.
    expect(failed).toMatchObject({ attempts: 4, lastError: expect.stringContaining('421') });
    expect(smtp.received.filter((m) => m.envelope.to.includes(fp.email))).toHaveLength(0);
  }, 45_000);

  it('cancels a queued mail, which never leaves', async () => {
    await t.app.get(MailWorker).stop();
    try {
      await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'EST' });
      const slug = await newCycle();
      await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['EST'], sentOn: '2010-02-19' }).expect(201);
      const [queued] = await outbox('EST');
      expect(queued.status).toBe('PENDING');
      const cancelled = await editor.post(`/api/outbox/${queued.id}/cancel`).expect(200);
      expect(cancelled.body.status).toBe('CANCELLED');
    } finally {
      await t.app.get(MailWorker).start({ pollingIntervalSeconds: 0.5, digest: false });
    }
    await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'LVA' });
    const slug = await newCycle();
    await editor.post(`/api/cycles/${slug}/invitations`, { entityCodes: ['LVA'], sentOn: '2010-02-19' }).expect(201);
    const [mail] = await smtp.waitFor(1);
    expect(mail.envelope.to[0]).toMatch(/^focal_point/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received).toHaveLength(1);
    expect((await outbox('EST'))[0].status).toBe('CANCELLED');
  });
});
