// Tiku self-test: marks answers, shows feedback with the source, keeps score and progress.
// Every document text reaches the page through textContent, never through HTML parsing.
// (Thymeleaf reads this file as a template: keep the inlining brackets out of the code.)
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('tiku-data').textContent);
  const L = data.labels;
  const keys = new Map(data.questions.map((q) => [q.id, q]));
  const items = Array.from(document.querySelectorAll('li.question'));
  const list = document.querySelector('ol.questions');
  const announcer = document.getElementById('announce');
  const filterSelects = Array.from(document.querySelectorAll('select[data-filter]'));
  let answers = load();

  function fmt(key, ...args) {
    return L[key].replace(/\{(\d+)\}/g, (m, i) => String(args[Number(i)]));
  }

  function announce(text) {
    // clear first so the same message twice is still read out
    announcer.textContent = '';
    window.setTimeout(() => { announcer.textContent = text; }, 50);
  }

  // ---- progress in localStorage (may be unavailable, e.g. private windows) ----
  function load() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(data.storageKey) || 'null');
      if (saved && saved.v === 1 && saved.answers) {
        const out = Object.create(null);
        Object.keys(saved.answers).forEach((id) => { if (keys.has(id)) out[id] = saved.answers[id]; });
        return out;
      }
    } catch (e) { /* start afresh */ }
    // no prototype: a question id such as "constructor" must not look answered
    return Object.create(null);
  }

  function save() {
    try {
      window.localStorage.setItem(data.storageKey, JSON.stringify({ v: 1, answers: answers }));
    } catch (e) { /* progress just is not kept */ }
  }

  // ---- reading and restoring a response ----
  function response(li) {
    const type = li.dataset.type;
    if (type === 'true_false' || type === 'multiple_choice') {
      const checked = li.querySelector('input[type=radio]:checked');
      if (!checked) return null;
      return type === 'true_false' ? checked.value === 'true' : Number(checked.value);
    }
    if (type === 'cloze') {
      const texts = Array.from(li.querySelectorAll('input.blank')).map((i) => i.value);
      return texts.some((t) => t.trim() !== '') ? texts : null;
    }
    if (type === 'matching') {
      const picks = Array.from(li.querySelectorAll('.pair select')).map((s) => (s.value === '' ? -1 : Number(s.value)));
      return picks.some((p) => p >= 0) ? picks : null;
    }
    return Array.from(li.querySelectorAll('.order-item')).map((o) => Number(o.dataset.index));
  }

  function restore(li, r) {
    const type = li.dataset.type;
    if (type === 'true_false' || type === 'multiple_choice') {
      const input = li.querySelector('input[type=radio][value="' + String(r) + '"]');
      if (input) input.checked = true;
    } else if (type === 'cloze') {
      li.querySelectorAll('input.blank').forEach((input, i) => { input.value = r.length > i ? r[i] : ''; });
    } else if (type === 'matching') {
      li.querySelectorAll('.pair select').forEach((s, i) => { s.value = r[i] >= 0 ? String(r[i]) : ''; });
    } else {
      const ol = li.querySelector('ol.order');
      const byIndex = new Map(Array.from(ol.children).map((o) => [Number(o.dataset.index), o]));
      r.forEach((i) => { if (byIndex.has(i)) ol.appendChild(byIndex.get(i)); });
    }
  }

  // ---- marking ----
  // typed answers match whatever the width of the characters, the spaces or the quotes around them
  function norm(s) {
    return String(s).normalize('NFKC')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/^[\s「『“"'‘(]+|[\s」』”"'’)。.,，、!！?？]+$/g, '')
      .replace(/\s+/g, '')
      .toLowerCase();
  }

  function blankRight(typed, expected) {
    return norm(typed) === norm(expected);
  }

  function isRight(key, r) {
    switch (key.type) {
      case 'true_false':
      case 'multiple_choice':
        return r === key.correct;
      case 'cloze':
        return key.correct.every((e, i) => r.length > i && blankRight(r[i], e));
      default:
        return key.correct.length === r.length && key.correct.every((c, i) => r[i] === c);
    }
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function feedback(li, key, ok) {
    const box = li.querySelector('.feedback');
    box.replaceChildren();
    const verdict = el('p', 'verdict');
    verdict.append(el('span', 'mark', ok ? '✓ ' : '✗ '), document.createTextNode(ok ? L.correct : L.wrong));
    verdict.firstChild.setAttribute('aria-hidden', 'true');
    box.append(verdict);
    box.append(el('p', 'fb-label', L['answer.correct']));
    if (key.answer.length === 1) {
      box.append(el('p', 'fb-answer', key.answer[0]));
    } else {
      const ul = el('ul', 'fb-answer');
      key.answer.forEach((line) => ul.append(el('li', null, line)));
      box.append(ul);
    }
    if (key.explanation) {
      box.append(el('p', 'fb-label', L.explanation), el('p', 'fb-explanation', key.explanation));
    }
    if (key.quote) {
      box.append(el('p', 'fb-label', key.source ? L.source + ' · ' + key.source : L.source), el('blockquote', 'fb-quote', key.quote));
    }
  }

  function lock(li, locked) {
    li.querySelectorAll('input, select, button.move').forEach((c) => { c.disabled = locked; });
    const check = li.querySelector('button.check');
    if (locked) check.setAttribute('aria-disabled', 'true'); else check.removeAttribute('aria-disabled');
  }

  function mark(li, key, r, ok) {
    li.classList.add(ok ? 'is-right' : 'is-wrong');
    const type = li.dataset.type;
    if (type === 'true_false' || type === 'multiple_choice') {
      li.querySelectorAll('label.choice').forEach((label) => {
        const input = label.querySelector('input');
        const value = type === 'true_false' ? input.value === 'true' : Number(input.value);
        label.classList.toggle('is-key', value === key.correct);
        label.classList.toggle('is-chosen-wrong', value === r && value !== key.correct);
      });
    } else if (type === 'cloze') {
      li.querySelectorAll('input.blank').forEach((input, i) => {
        const good = i < key.correct.length && blankRight(input.value, key.correct[i]);
        input.classList.add(good ? 'is-ok' : 'is-bad');
      });
    } else if (type === 'matching') {
      li.querySelectorAll('.pair select').forEach((s, i) => {
        s.classList.add(r[i] === key.correct[i] ? 'is-ok' : 'is-bad');
      });
    } else {
      li.querySelectorAll('.order-item').forEach((o, i) => {
        o.classList.add(Number(o.dataset.index) === key.correct[i] ? 'is-ok' : 'is-bad');
      });
    }
    lock(li, true);
    feedback(li, key, ok);
  }

  function unmark(li) {
    li.classList.remove('is-right', 'is-wrong');
    li.querySelectorAll('.is-key, .is-chosen-wrong, .is-ok, .is-bad').forEach((e) => {
      e.classList.remove('is-key', 'is-chosen-wrong', 'is-ok', 'is-bad');
    });
    li.querySelector('.feedback').replaceChildren();
    lock(li, false);
  }

  function clear(li) {
    unmark(li);
    li.querySelector('form').reset();
    const ol = li.querySelector('ol.order');
    if (ol) {
      Array.from(ol.children)
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
        .forEach((o) => ol.appendChild(o));
    }
  }

  // ---- score, progress, filters ----
  function updateScore() {
    const done = Object.keys(answers);
    const right = done.filter((id) => answers[id].ok).length;
    document.getElementById('score-correct').textContent = fmt('score', right);
    document.getElementById('score-answered').textContent = fmt('progress', done.length, items.length);
    document.getElementById('progress').value = done.length;
  }

  function status(li) {
    const a = answers[li.dataset.qid];
    return !a ? 'unanswered' : a.ok ? 'correct' : 'missed';
  }

  function applyFilters(speak) {
    const want = {};
    filterSelects.forEach((s) => { want[s.dataset.filter] = s.value; });
    let shown = 0;
    items.forEach((li) => {
      const values = { pillar: li.dataset.pillar, difficulty: li.dataset.difficulty, type: li.dataset.type, status: status(li) };
      const visible = Object.keys(want).every((k) => !want[k] || want[k] === values[k]);
      li.hidden = !visible;
      if (visible) shown++;
    });
    document.getElementById('none-shown').hidden = shown > 0;
    if (speak) announce(shown > 0 ? fmt('showing', shown, items.length) : L['none.shown']);
  }

  // ---- events ----
  items.forEach((li) => {
    const form = li.querySelector('form');
    const key = keys.get(li.dataset.qid);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (answers[li.dataset.qid]) return;
      const r = response(li);
      if (r === null) {
        const box = li.querySelector('.feedback');
        box.replaceChildren(el('p', 'nudge', L['answer.first']));
        return;
      }
      const ok = isRight(key, r);
      answers[li.dataset.qid] = { r: r, ok: ok };
      save();
      mark(li, key, r, ok);
      updateScore();
    });
    li.querySelectorAll('button.move').forEach((b) => {
      b.addEventListener('click', () => {
        const item = b.closest('.order-item');
        const ol = item.parentElement;
        const up = b.classList.contains('up');
        const sibling = up ? item.previousElementSibling : item.nextElementSibling;
        if (!sibling) return;
        if (up) ol.insertBefore(item, sibling); else ol.insertBefore(sibling, item);
        // keep the keyboard on the moved item; at the end of the list its other button is the one left to use
        const again = up ? item.previousElementSibling : item.nextElementSibling;
        (again ? b : item.querySelector(up ? 'button.down' : 'button.up')).focus();
        const pos = Array.from(ol.children).indexOf(item) + 1;
        announce(fmt('moved', item.querySelector('.order-text').textContent, pos, ol.children.length));
      });
    });
  });

  filterSelects.forEach((s) => s.addEventListener('change', () => applyFilters(true)));

  document.getElementById('retry').addEventListener('click', () => {
    const missed = Array.from(list.children).filter((li) => answers[li.dataset.qid] && !answers[li.dataset.qid].ok);
    if (missed.length === 0) {
      announce(L['retry.none']);
      return;
    }
    missed.forEach((li) => { delete answers[li.dataset.qid]; clear(li); });
    save();
    updateScore();
    document.getElementById('filter-status').value = 'unanswered';
    applyFilters(false);
    announce(fmt('retry.started', missed.length));
    const first = missed[0].querySelector('input, select, button.move');
    if (first) first.focus();
  });

  document.getElementById('shuffle').addEventListener('click', () => {
    const order = items.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    order.forEach((li) => list.appendChild(li));
    announce(L.shuffled);
  });

  document.getElementById('reset').addEventListener('click', () => {
    answers = Object.create(null);
    try { window.localStorage.removeItem(data.storageKey); } catch (e) { /* nothing kept */ }
    items.forEach(clear);
    filterSelects.forEach((s) => { s.value = ''; });
    updateScore();
    applyFilters(false);
    announce(L['reset.done']);
  });

  // ---- start: bring back saved answers ----
  items.forEach((li) => {
    const a = answers[li.dataset.qid];
    if (a) {
      try {
        restore(li, a.r);
        // mark again from the key rather than trusting what was stored
        a.ok = isRight(keys.get(li.dataset.qid), a.r);
        mark(li, keys.get(li.dataset.qid), a.r, a.ok);
      } catch (e) {
        delete answers[li.dataset.qid];
        clear(li);
      }
    }
  });
  updateScore();
  applyFilters(false);
  document.documentElement.classList.add('js');
})();
