// Live reload for `workshopkit serve`, added to pages only while they are served, never to built outputs.
// The server says when this page changed ("reload") and when its module has a problem ("status"). When only
// a deck's slides changed, they are swapped in place and the deck stays on the same slide, which is fast;
// anything else reloads the page: a deck then comes back on the same slide because Reveal keeps it in the
// address (#/3), other pages get their scroll position back. When the new version is shown, the page tells
// the server, which prints the time from the save to the reloaded page.
(function () {
  'use strict';
  var PAGE = location.pathname;
  var KEY = 'workshopkit-reload:' + PAGE;
  var instance = null;

  function whenReady(done) {
    // Decks and print previews mark <html data-ready> once laid out; other pages are ready when loaded.
    var isOutput = PAGE.split('/').length > 3 && PAGE.indexOf('/__workshopkit/') !== 0;
    function loaded() {
      if (!isOutput || document.documentElement.getAttribute('data-ready') === 'true') return done();
      var observer = new MutationObserver(function () {
        if (document.documentElement.getAttribute('data-ready') !== 'true') return;
        observer.disconnect();
        clearTimeout(giveUp);
        done();
      });
      var giveUp = setTimeout(function () { observer.disconnect(); done(); }, 10000);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-ready'] });
    }
    if (document.readyState === 'complete') loaded();
    else window.addEventListener('load', loaded, { once: true });
  }

  function reportShown(build) {
    if (build === null || build === undefined) return;
    var body = JSON.stringify({ build: build, page: PAGE });
    if (!(navigator.sendBeacon && navigator.sendBeacon('/__workshopkit/reloaded', body))) {
      fetch('/__workshopkit/reloaded', { method: 'POST', body: body, keepalive: true }).catch(function () {});
    }
  }

  var pending = null;
  try { pending = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (e) { pending = null; }
  sessionStorage.removeItem(KEY);
  if (pending) {
    whenReady(function () {
      if (typeof pending.scrollY === 'number' && !location.hash) window.scrollTo(0, pending.scrollY);
      reportShown(pending.build);
    });
  }

  function reload(build) {
    try { sessionStorage.setItem(KEY, JSON.stringify({ build: build, scrollY: window.scrollY })); } catch (e) { /* private mode */ }
    location.reload();
  }

  // What a page runs and how it is styled, apart from its slides: when this differs, only a reload will do.
  function frame(doc) {
    var parts = [];
    doc.querySelectorAll('head link, head style, script').forEach(function (node) {
      parts.push(node.outerHTML);
    });
    return parts.join('\n');
  }
  var initialFrame = frame(document);

  // Swaps a deck's slides for the new ones and lays them out as deck.js does on load, on the same slide.
  var swapping = Promise.resolve();
  function swapSlides(build) {
    swapping = swapping.then(function () {
      return fetch(location.pathname, { cache: 'no-store' }).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.text();
      }).then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        var fresh = next.querySelector('.reveal .slides');
        var slides = document.querySelector('.reveal .slides');
        var deck = window.Reveal;
        if (!fresh || !slides || !deck || !deck.isReady() || !window.workshopkitFit || frame(next) !== initialFrame) return reload(build);
        var at = deck.getIndices();
        slides.replaceChildren.apply(slides, Array.prototype.map.call(fresh.childNodes, function (node) { return document.importNode(node, true); }));
        document.title = next.title;
        var main = document.querySelector('main');
        var nextMain = next.querySelector('main');
        if (main && nextMain) main.setAttribute('aria-label', nextMain.getAttribute('aria-label') || '');
        deck.sync();
        window.workshopkitFitDeck(deck);
        deck.slide(at.h, at.v, at.f);
        // As if the slide had changed: deck.js makes the other slides inert again, and an open speaker
        // view shows the new notes.
        deck.dispatchEvent({ type: 'slidechanged', data: { indexh: at.h, indexv: at.v, previousSlide: null, currentSlide: deck.getCurrentSlide(), origin: 'workshopkit-serve' } });
        reportShown(build);
      }).catch(function () { reload(build); });
    });
  }

  var source = new EventSource('/__workshopkit/events?page=' + encodeURIComponent(PAGE));
  source.addEventListener('hello', function (event) {
    var data = JSON.parse(event.data);
    // A new server (it was restarted): what it serves may differ from what this page shows.
    if (instance !== null && instance !== data.instance) return reload(null);
    instance = data.instance;
  });
  source.addEventListener('reload', function (event) {
    var data = JSON.parse(event.data);
    if (data.soft) swapSlides(data.build);
    else reload(data.build);
  });
  source.addEventListener('status', function (event) {
    showStatus(JSON.parse(event.data));
  });

  // The overlay: the module's problems over the last good version, in a shadow root so neither the deck's
  // styles nor the overlay's touch each other.
  var host = null;
  function showStatus(status) {
    if (!status.problems.length && !status.failure) {
      if (host) host.remove();
      host = null;
      document.documentElement.removeAttribute('data-workshopkit-problems');
      return;
    }
    if (host) host.remove();
    host = document.createElement('div');
    host.id = 'workshopkit-overlay';
    var root = host.attachShadow({ mode: 'open' });
    var style = document.createElement('style');
    style.textContent = [
      ':host { all: initial; }',
      '.panel { position: fixed; z-index: 2147483647; left: 0; right: 0; bottom: 0; max-height: 70vh; overflow: auto;',
      '  background: #fff; color: #1d2433; border-top: 6px solid #9a1b1b; box-shadow: 0 -4px 24px rgba(0,0,0,0.35);',
      '  font: 16px/1.45 system-ui, "Noto Sans", Arial, sans-serif; padding: 12px 20px 16px; }',
      'h2 { margin: 0 0 4px; font-size: 20px; color: #9a1b1b; }',
      'p { margin: 4px 0; }',
      'ol { margin: 8px 0 0; padding-left: 22px; }',
      'li { margin: 0 0 12px; }',
      'pre { margin: 4px 0; white-space: pre-wrap; font: 14px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }',
      '.finding { background: #fbeaea; padding: 6px 8px; border-left: 4px solid #9a1b1b; }',
      '.excerpt { background: #f3f4f6; padding: 6px 8px; color: #333; }',
      '.excerpt .at { color: #1d2433; font-weight: 700; }',
      'a { color: #0b4f8a; }',
      'button { font: inherit; float: right; margin-left: 12px; padding: 4px 12px; border: 2px solid #1d2433; border-radius: 4px; background: #fff; color: #1d2433; cursor: pointer; }',
      'button:focus-visible, a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }',
    ].join('\n');
    var panel = el('section', 'panel');
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-labelledby', 'title');
    var hide = el('button', null, 'Hide');
    hide.type = 'button';
    hide.addEventListener('click', function () { host.remove(); host = null; });
    panel.appendChild(hide);
    var title = el('h2', null, status.title);
    title.id = 'title';
    panel.appendChild(title);
    panel.appendChild(el('p', null, status.showing));
    if (status.failure) panel.appendChild(el('pre', 'finding', status.failure));
    var list = el('ol');
    status.problems.forEach(function (problem) {
      var item = el('li');
      item.appendChild(el('pre', 'finding', problem.text));
      if (problem.excerpt && problem.excerpt.length) {
        var excerpt = el('pre', 'excerpt');
        problem.excerpt.forEach(function (line) {
          var at = line.number === problem.line;
          excerpt.appendChild(el('span', at ? 'at' : null, String(line.number).padStart(5) + ' | ' + line.text + '\n'));
          if (at) excerpt.appendChild(el('span', 'at', '      | ' + ' '.repeat(Math.max(0, problem.col - 1)) + '^\n'));
        });
        item.appendChild(excerpt);
      }
      if (problem.link) {
        var link = el('a', null, 'Show ' + problem.where + ' in the file');
        link.href = problem.link;
        item.appendChild(link);
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
    if (status.summary) panel.appendChild(el('p', null, status.summary));
    root.appendChild(style);
    root.appendChild(panel);
    document.body.appendChild(host);
    document.documentElement.setAttribute('data-workshopkit-problems', String(status.problems.length || 1));
  }

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
