export interface ExplorerScriptAssets {
  /** Loaded in this order, only once the caller may read the schema. */
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/**
 * The page's bootstrap, served as a file of its own so the page needs no inline script (see the CSP).
 * Plain ES2017 for the browser, kept as text because the API build compiles TypeScript only.
 *
 * It picks the identity (an API key pasted in this tab, else the portal's session), asks the API whether
 * that identity may read the schema, and only then loads React and GraphiQL; everyone else gets a plain
 * page saying who the explorer is for. Every request carries the identity as a bearer token and a JSON
 * content type, which also satisfies Apollo's CSRF check (a browser must preflight it).
 */
export function explorerScript(assets: ExplorerScriptAssets): string {
  return String.raw`(function () {
  'use strict';

  var ASSETS = ${JSON.stringify(assets)};
  var SESSION_KEY = 'salesops.session';
  // Only for the life of this tab: a pasted key never goes to localStorage or into a URL.
  var KEY_STORAGE = 'salesops.explorer.apiKey';
  var KEY_SHAPE = /^sok_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/;
  var GATE_TEXT = "The API explorer is for admins and integrators' API keys. Sign in to the portal as an admin, or paste an API key.";
  var DEFAULT_QUERY = [
    '# The Sales Ops API explorer.',
    '#',
    '# Queries and mutations run for real,',
    '# as the identity named at the top.',
    '# Ctrl+Enter runs; Ctrl+Space suggests fields;',
    '# the book icon on the left opens the docs.',
    '',
    '{',
    '  reps(first: 3) {',
    '    totalCount',
    '    edges {',
    '      node {',
    '        name',
    '        team {',
    '          name',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  var gate = document.getElementById('explorer-gate');
  var mount = document.getElementById('graphiql');
  var identityLabel = document.getElementById('explorer-identity');
  var actions = document.getElementById('explorer-actions');
  var current = null;
  var rendered = false;
  var memoryKey = null;

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (name) {
      var value = props[name];
      if (name === 'text') node.textContent = value;
      else if (name.indexOf('on') === 0) node.addEventListener(name.slice(2), value);
      else if (value === true) node.setAttribute(name, '');
      else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function store(name) {
    try {
      return window[name];
    } catch (error) {
      return null; // storage disabled: the key then lasts until the page is left
    }
  }

  function readSession() {
    try {
      var local = store('localStorage');
      var session = JSON.parse((local && local.getItem(SESSION_KEY)) || 'null');
      if (!session || typeof session.token !== 'string' || !session.user || !session.user.role) return null;
      var expires = Date.parse(session.expiresAt);
      return !isNaN(expires) && expires <= Date.now() ? null : session;
    } catch (error) {
      return null;
    }
  }

  function readKey() {
    var tab = store('sessionStorage');
    var key = (tab && tab.getItem(KEY_STORAGE)) || memoryKey;
    return key && KEY_SHAPE.test(key) ? key : null;
  }

  function saveKey(key) {
    var tab = store('sessionStorage');
    if (tab) tab.setItem(KEY_STORAGE, key);
    else memoryKey = key;
  }

  function forgetKey() {
    var tab = store('sessionStorage');
    if (tab) tab.removeItem(KEY_STORAGE);
    memoryKey = null;
  }

  function identity() {
    var key = readKey();
    if (key) return { kind: 'key', token: key, admin: true, label: 'API key ' + key.slice(0, 12) + '…' };
    var session = readSession();
    if (!session) return null;
    var user = session.user;
    return {
      kind: 'session',
      token: session.token,
      admin: user.role === 'ADMIN',
      label: 'Signed in as ' + (user.name || user.email || 'you') + ' (' + String(user.role).toLowerCase() + ')',
    };
  }

  /** A GraphQL request as the current identity; always resolves to a GraphQL-shaped answer. */
  function post(token, body, editorHeaders) {
    var headers;
    try {
      headers = new Headers(editorHeaders || {});
    } catch (error) {
      return Promise.resolve({ errors: [{ message: 'The headers are not valid: ' + error.message }] });
    }
    // Set last: the headers editor cannot change the identity the banner names, nor the content type.
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/graphql-response+json, application/json;q=0.9');
    headers.set('authorization', 'Bearer ' + token);
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'omit' }).then(
      function (response) {
        return response.text().then(function (text) {
          try {
            return JSON.parse(text);
          } catch (error) {
            return { errors: [{ message: 'The API answered HTTP ' + response.status + ': ' + text.slice(0, 300) }] };
          }
        });
      },
      function (error) {
        return { errors: [{ message: 'The API could not be reached: ' + error.message }] };
      },
    );
  }

  function button(text, testId, onclick, secondary) {
    return el('button', { type: 'button', class: secondary ? 'secondary' : null, 'data-testid': testId, onclick: onclick, text: text });
  }

  function setBanner(who) {
    identityLabel.textContent = who ? who.label : 'Not signed in';
    var controls = [];
    if (who && who.kind === 'key') {
      controls.push(button('Use another key', 'explorer-use-key', showKeyPanel, true));
      controls.push(button('Forget key', 'explorer-forget-key', function () {
        forgetKey();
        restart();
      }, true));
    } else if (who && who.admin) {
      controls.push(button('Use an API key', 'explorer-use-key', showKeyPanel, true));
    }
    actions.replaceChildren.apply(actions, controls);
  }

  function keyForm(onCancel) {
    var input = el('input', {
      id: 'explorer-key',
      type: 'password',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'sok_…',
      'aria-describedby': 'explorer-key-help',
      'data-testid': 'explorer-key-input',
    });
    var problem = el('p', { class: 'error', role: 'alert', 'data-testid': 'explorer-key-error' });
    function submit(event) {
      event.preventDefault();
      var key = input.value.trim();
      if (!KEY_SHAPE.test(key)) {
        problem.textContent = 'That is not an API key. Keys look like sok_ab12cd34_… : paste the whole key shown when it was created.';
        input.focus();
        return;
      }
      saveKey(key);
      restart();
    }
    return el('form', { class: 'key-form', novalidate: true, onsubmit: submit }, [
      el('label', { for: 'explorer-key', text: 'API key' }),
      el('div', { class: 'key-row' }, [
        input,
        el('button', { type: 'submit', 'data-testid': 'explorer-key-submit', text: 'Use this key' }),
        onCancel ? button('Cancel', 'explorer-key-cancel', onCancel, true) : null,
      ]),
      el('p', { id: 'explorer-key-help', class: 'help', text: 'Kept in this browser tab only, until you close it or forget the key.' }),
      problem,
    ]);
  }

  /** The plain page for callers the explorer is not for, and for choosing a key. */
  function showGate(message, options) {
    options = options || {};
    mount.hidden = true;
    gate.hidden = false;
    gate.replaceChildren(
      el('section', { class: 'card' }, [
        el('h1', { text: options.title || 'API explorer' }),
        el('p', { class: 'gate-text', 'data-testid': 'explorer-gate-text', text: message }),
        options.retry ? button('Try again', 'explorer-retry', restart) : null,
        options.noKeyForm ? null : keyForm(options.onCancel),
        el('p', { class: 'back' }, [el('a', { href: '/', 'data-testid': 'explorer-portal-link', text: 'Back to the portal' })]),
      ]),
    );
    var input = gate.querySelector('input');
    if (input && options.focus) input.focus();
  }

  function showStatus(text) {
    mount.hidden = true;
    gate.hidden = false;
    gate.replaceChildren(el('p', { class: 'status', 'data-testid': 'explorer-status', text: text }));
  }

  function showKeyPanel() {
    showGate('Paste the API key to use in this tab. The explorer then runs every request with it.', {
      title: 'Use an API key',
      focus: true,
      onCancel: function () {
        if (rendered) {
          gate.hidden = true;
          mount.hidden = false;
        } else {
          restart();
        }
      },
    });
  }

  function restart() {
    // A mounted GraphiQL keeps its fetcher and schema: a fresh page is the clean way to switch identity.
    if (rendered) location.reload();
    else start();
  }

  function load(node) {
    return new Promise(function (resolve, reject) {
      node.addEventListener('load', resolve);
      node.addEventListener('error', function () {
        reject(new Error('could not load ' + (node.src || node.href)));
      });
      document.head.appendChild(node);
    });
  }

  function loadGraphiQL() {
    var styles = ASSETS.styles.map(function (href) {
      return load(el('link', { rel: 'stylesheet', href: href }));
    });
    var scripts = ASSETS.scripts.map(function (src) {
      var script = el('script', { src: src });
      script.async = false; // downloaded together, run in order: React, ReactDOM, GraphiQL
      return load(script);
    });
    return Promise.all(styles.concat(scripts));
  }

  function render(who) {
    showStatus('Loading GraphiQL…');
    loadGraphiQL().then(
      function () {
        gate.hidden = true;
        mount.hidden = false;
        document.getElementById('explorer-live').hidden = false;
        rendered = true;
        var h = window.React.createElement;
        var props = {
          fetcher: function (params, options) {
            return post(who.token, params, options && options.headers);
          },
          defaultQuery: DEFAULT_QUERY,
          shouldPersistHeaders: false,
        };
        // GraphiQL's own logo links to GitHub; this one stays on the page.
        var logo = h(window.GraphiQL.Logo, null, 'Graph', h('em', null, 'i'), 'QL');
        window.ReactDOM.createRoot(mount).render(h(window.GraphiQL, props, logo));
      },
      function (error) {
        showGate('The explorer could not load (' + error.message + ').', { retry: true, noKeyForm: true });
      },
    );
  }

  function refused(who) {
    if (who.kind === 'key') {
      forgetKey();
      var fallback = identity();
      showGate('That API key was not accepted: it may be revoked, expired or mistyped. Paste another key, or sign in to the portal as an admin.', {
        onCancel: fallback ? restart : null,
      });
      setBanner(fallback);
      return;
    }
    showGate('Your portal session is no longer valid. ' + GATE_TEXT);
  }

  function start() {
    var who = identity();
    current = who;
    setBanner(who);
    if (!who || !who.admin) return showGate(GATE_TEXT);
    showStatus('Checking your access…');
    post(who.token, { query: '{ __schema { queryType { name } } }' }).then(function (answer) {
      if (answer && answer.data && answer.data.__schema) return render(who);
      var error = (answer && answer.errors && answer.errors[0]) || {};
      var code = error.extensions && error.extensions.code;
      if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return refused(who);
      showGate(error.message || 'The API gave an answer the explorer does not understand.', { title: 'The API explorer could not start', retry: true, noKeyForm: true });
    });
  }

  // Signing out of (or into) the portal in another tab changes who this page acts as.
  window.addEventListener('storage', function (event) {
    if ((event.key === SESSION_KEY || event.key === null) && (!current || current.kind === 'session')) location.reload();
  });

  start();
})();
`;
}
