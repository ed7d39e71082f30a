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
    // Every slide has data-timing (its share of its block's minutes); with a default set, the speaker
    // view shows the pacing timer.
    defaultTiming: 0,
    plugins: [RevealNotes],
  }).then(function () {
    fitSlides();
    makeOtherSlidesInert();
    document.documentElement.setAttribute('data-ready', 'true');
  });

  // Reveal hides other slides from screen readers with aria-hidden, but their links could still take
  // keyboard focus; inert takes them out of the tab order too.
  function makeOtherSlidesInert() {
    var current = Reveal.getCurrentSlide();
    document.querySelectorAll('.reveal .slides section').forEach(function (slide) {
      var visible = slide === current || slide.contains(current);
      if (visible) slide.removeAttribute('inert');
      else slide.setAttribute('inert', '');
    });
  }
  Reveal.on('slidechanged', makeOtherSlidesInert);

  function fitSlides() {
    window.workshopkitFitDeck(Reveal);
  }
})();
