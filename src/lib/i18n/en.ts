/** English reader-facing words. This file defines the shape every language must fill. */
export const en = {
  language: { switchTo: 'العربية', switchHint: 'Read in Arabic' },
  comma: ', ',
  listSeparator: '; ',
  openFullView: 'Open the full view',
  embed: {
    open: 'Embed',
    panel: { map: 'Map', timeline: 'Timeline', details: 'Details' },
    /** Inside an embed: the map and the day's details share one area on narrow frames. */
    views: 'Show',
    detailsTab: (n: number) => (n === 0 ? 'Details' : `Details (${n})`),
    detailsRegion: 'The day’s details',
  },
  /** "Get the data": the published files (data/events.csv, data/places.geojson, data/story.json). */
  data: {
    heading: 'Get the data',
  },
  loading: 'Loading the story…',
  loadFailed: 'The story could not be loaded.',
  retry: 'Try again',
  fontFailed: 'The typeface could not be loaded, so your device’s own font is shown.',
  map: {
    label: 'Map of the places in the story',
    loading: 'Loading the map…',
    noWebgl: 'This browser cannot draw the interactive map, so a simpler map is shown.',
    failed: 'The map could not be loaded. The timeline and the list still work.',
    resetView: 'Show all story venues',
    zoomIn: 'Zoom the map in',
    zoomOut: 'Zoom the map out',
    /** A place button's description: what its colour and weight show (lib/map/markers). */
    placeState: { current: 'Events here on this day', focus: 'A place of the events in focus', earlier: 'Events here earlier in the story' },
    // MapLibre's own words (the canvas's name, gesture hints, credits) load with the map: map-gl.ts.
  },
  timeline: {
    label: 'Timeline',
    slider: 'Selected day',
    sliderHelp: 'Arrow keys: previous or next event. Shift and arrows: one day. Page Up and Page Down: one month. Home and End: first and last event.',
    overview: 'Whole period: drag or click to move the zoomed window',
    zoomTo: 'Zoom the timeline to',
    clusters: { all: 'All' },
    play: 'Play through the events',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    noEventsValue: 'no event',
    eventsValue: (n: number) => (n === 1 ? '1 event' : `${n} events`),
    andMore: (n: number) => `and ${n} more`,
    legend: 'Key',
    announcedMark: 'Announced, not reported as done',
    approximateMark: 'Dated only to a month or year',
    /** A day covered only by events dated to their month or year (never "no event"). */
    approximateValue: (n: number) => (n === 1 ? '1 event dated only to its month or year' : `${n} events dated only to their month or year`),
  },
  panel: {
    onDay: 'On',
    nothingOnDay: 'No event in the articles falls on this day.',
    nearestBefore: 'Previous event',
    nearestAfter: 'Next event',
    approximateHeading: 'Dated only to this month or year',
    attendees: 'Who was there',
    noAttendees: 'The articles name no one.',
    reportedBy: 'Reported by',
    quote: 'Quote',
    readArticle: 'Read the article',
    venueFocus: 'Events at',
    personFocus: 'Events with',
    clearFocus: 'Show all events again',
    places: 'Places',
    noVenue: 'Place not given in the articles',
    venueExternal: 'place from outside the articles',
    selectDay: 'Go to this day',
    loadingDetails: 'Loading this event’s details…',
    detailsFailed: 'This event’s details could not be loaded.',
    showMore: (step: number, rest: number) => `Show ${Math.min(step, rest)} more (${rest} not shown)`,
    summaryCount: (events: number, people: number, articles: number) =>
      `${events} ${events === 1 ? 'event' : 'events'}, ${people} ${people === 1 ? 'person' : 'people'}, ${articles} ${articles === 1 ? 'article' : 'articles'}`,
    onlyApproximate: 'Only events dated to their month or year fall on this day: they are listed below.',
  },
  article: {
    outletUnknown: 'Outlet not named in the text',
    /** The article's number, as the date notes cite it ("in 001, line 16"). */
    number: (n: string) => `article ${n}`,
  },
  category: {
    visit: 'Visit',
    talks: 'Talks',
    tour: 'Tour',
    parade: 'Parade',
    inspection: 'Inspection',
    gift: 'Gifts',
    reaction: 'Reaction or statement',
    history: 'Earlier event (context)',
  },
  status: { done: 'Reported as done', announced: 'Announced, not reported as done' },
  precision: { day: 'exact day', month: 'month only', year: 'year only' },
  basis: {
    stated: 'date stated in the article',
    inferred: 'date worked out from the article',
    external: 'date from outside the articles',
  },
  /** What the live region says when the selection changes (src/lib/state/announce.ts). */
  announce: {
    day: (date: string, events: number, places: string) => `${date}: ${events === 1 ? '1 event' : `${events} events`}${places ? `, at ${places}` : ''}`,
    nothing: 'no event in the articles',
    focus: (heading: string, name: string, events: number) => `${heading} ${name}: ${events === 1 ? '1 event' : `${events} events`}`,
    focusCleared: 'All events shown again',
  },
  /** Links at the top of the page, shown when focused. */
  skip: { label: 'Skip links', details: 'Skip to the day’s details', timeline: 'Skip to the timeline' },
  /** The guided tour's way in (its panel's words: i18n/tour.ts, loaded with it). */
  tour: { start: 'Tour the story' },
  /** The search box (issue #17): one box, both languages searched at once. */
  search: {
    label: 'Search the story',
    placeholder: 'Names, places, events…',
  },
};

export type Messages = typeof en;
