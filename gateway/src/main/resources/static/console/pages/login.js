// Sign-in: user name and password; the TOTP code when the account has an authenticator (Super
// Admin, Finance Manager); the image challenge after repeated failures; and, for a role that
// needs a second factor but has none yet, enrolling one before anything else.
import { api, login, session, ProblemError } from '../api.js';
import { h, replace, field, showProblem, clearProblems } from '../ui.js';

const SECOND_FACTOR_ROLES = ['SUPER_ADMIN', 'FINANCE_MANAGER'];

export function loginPage(main, signedIn) {
  const totp = field('Authenticator code', 'totpCode', {
    inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: '6',
  });
  const captcha = h('div.captcha');
  const form = h('form', { novalidate: true, 'aria-labelledby': 'login-title' },
    field('User name', 'username', { autocomplete: 'username', required: true, type: 'email' }),
    field('Password', 'password', { type: 'password', autocomplete: 'current-password', required: true }),
    totp, captcha,
    h('div.form-error'),
    h('button', { type: 'submit' }, 'Sign in'));
  totp.hidden = true;
  const card = h('section.card.login', h('h1#login-title', { tabindex: '-1' }, 'Sign in to JetOps'), form);
  replace(main, card);
  let captchaUid = null;

  function askCaptcha() {
    captchaUid = crypto.randomUUID();
    replace(captcha,
      h('img', { src: `/auth/captcha/${captchaUid}`, alt: 'Image challenge: type the characters shown', width: '200' }),
      field('Characters in the image', 'captchaAnswer', { autocomplete: 'off', required: true }),
      h('button.secondary', { type: 'button', onclick: askCaptcha }, 'Another image'));
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    const data = Object.fromEntries(new FormData(form));
    try {
      await login({
        username: data.username, password: data.password,
        totpCode: totp.hidden ? undefined : data.totpCode || undefined,
        captchaUid: captchaUid || undefined, captchaAnswer: captchaUid ? data.captchaAnswer : undefined,
      });
      const user = session.user;
      if (SECOND_FACTOR_ROLES.includes(user.role) && !user.totpEnabled) enrol(main, signedIn);
      else signedIn();
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      if (error.code === 'SECOND_FACTOR_REQUIRED') {
        const first = totp.hidden;
        totp.hidden = false;
        if (first) { totp.querySelector('input').focus(); return; }
      }
      if (error.code === 'CAPTCHA_REQUIRED' || captchaUid) askCaptcha();
      showProblem(form, error);
    } finally {
      button.disabled = false;
    }
  });
  form.querySelector('input').focus();
  return null;
}

/** A first sign-in of a role that needs a second factor: enrol an authenticator app. */
async function enrol(main, signedIn) {
  const form = h('form', { novalidate: true },
    field('Code from the app', 'code', { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', required: true }),
    h('div.form-error'),
    h('button', { type: 'submit' }, 'Confirm'));
  const secret = h('p.secret');
  replace(main, h('section.card.login',
    h('h1', { tabindex: '-1' }, 'Set up your authenticator'),
    h('p', 'Your role signs in with a second factor. Add this key to an authenticator app (type it in, or open the link on the device that has the app), then enter the code it shows.'),
    secret, form));
  try {
    const enrolment = await api('/auth/totp/enrolment', { method: 'POST' });
    replace(secret, enrolment.secret, h('br'), h('a', { href: enrolment.otpauthUri }, 'otpauth link'));
  } catch (error) {
    replace(secret, h('span.error', { role: 'alert' }, error.message));
  }
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    try {
      const tokens = await api('/auth/totp/enrolment/confirm', { method: 'POST', body: { code: form.code.value.trim() } });
      session.save(tokens);
      signedIn();
    } catch (error) {
      showProblem(form, error);
    }
  });
  main.querySelector('h1').focus();
}
