import { describe, expect, it } from 'vitest';
import { mailerFromEnv, smtpSettingsFromEnv } from '../../../lib/reminders/mailer';

describe('mail settings from the environment', () => {
  it('keeps messages in the in-app outbox when SMTP_HOST is not set', () => {
    expect(smtpSettingsFromEnv({})).toBeNull();
    expect(smtpSettingsFromEnv({ SMTP_HOST: '  ' })).toBeNull();
    expect(mailerFromEnv({})).toEqual({ transport: 'outbox' });
  });

  it('reads SMTP settings, with port 587 by default and no login when SMTP_USER is unset', () => {
    expect(smtpSettingsFromEnv({ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_FROM: 'Fairboard <fairboard@example.nhs.uk>' })).toEqual({
      host: 'smtp.example.nhs.uk',
      port: 587,
      user: undefined,
      pass: undefined,
      from: 'Fairboard <fairboard@example.nhs.uk>',
    });
    expect(
      smtpSettingsFromEnv({ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_PORT: '465', SMTP_USER: 'fairboard', SMTP_PASS: 'x', SMTP_FROM: 'f@example.nhs.uk' }),
    ).toMatchObject({ port: 465, user: 'fairboard', pass: 'x' });
    const mailer = mailerFromEnv({ SMTP_HOST: '127.0.0.1', SMTP_FROM: 'f@example.nhs.uk' });
    expect(mailer.transport).toBe('smtp');
    if (mailer.transport === 'smtp') mailer.close();
  });

  it('says clearly what is missing or wrong', () => {
    expect(() => smtpSettingsFromEnv({ SMTP_HOST: 'smtp.example.nhs.uk' })).toThrow(/SMTP_FROM must be set when SMTP_HOST is/);
    expect(() => smtpSettingsFromEnv({ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_FROM: 'f@x', SMTP_PORT: 'smtp' })).toThrow(/SMTP_PORT must be a port number/);
    expect(() => smtpSettingsFromEnv({ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_FROM: 'f@x', SMTP_PORT: '70000' })).toThrow(/between 1 and 65535/);
    expect(() => smtpSettingsFromEnv({ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_FROM: 'f@x', SMTP_USER: 'u' })).toThrow(
      /SMTP_PASS must be set when SMTP_USER is/,
    );
  });
});
