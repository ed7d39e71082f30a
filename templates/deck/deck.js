// Starts the deck: slide numbers, speaker notes on "S", no motion for those who ask for none.
/* global Reveal, RevealNotes */
(function () {
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  Reveal.initialize({
    hash: true,
    width: 1280,
    height: 720,
    margin: 0.04,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    transition: reduceMotion ? 'none' : 'fade',
    backgroundTransition: 'none',
    controlsTutorial: false,
    plugins: [RevealNotes],
  }).then(function () {
    document.documentElement.setAttribute('data-ready', 'true');
  });
})();
