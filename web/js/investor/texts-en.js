// English texts of the investor portal and the parcel sheet (merged into i18n under "inv").
import { extendTexts } from '../i18n.js';

extendTexts('en', {
  units: { wanPerMuYear: 'CNY 10k/mu/yr' },
  enums: {
    landUseShort: {
      M1: 'Industry 1', M2: 'Industry 2', M3: 'Industry 3', W: 'Logistics', B: 'Commercial',
      A: 'Public services', R: 'Residential', S: 'Transport', U: 'Utilities', G: 'Green space',
    },
    servicingLabel: {
      七通一平: '7 services + levelled site', 五通一平: '5 services + levelled site', 三通一平: '3 services + levelled site',
    },
  },
  inv: {
    title: 'Industrial land for investors',
    titleShort: 'Investor map',
    mapLabel: 'Map of parks and available parcels',
    overviewLink: 'Overview map',
    loadFailed: 'Could not load: {reason}',
    tabs: { find: 'Find land', match: 'Site matching' },
    filters: {
      title: 'Filters', active: ' ({n} set)', park: 'Park', allParks: 'All parks', landUse: 'Land use',
      area: 'Area (mu)', min: 'min', max: 'max', maxPrice: 'Max price (CNY 10k/mu)', servicing: 'Site services',
      industry: 'Industry', allIndustries: 'All industries', keyword: 'Industry keyword', industryPlaceholder: 'e.g. solar, hydrogen', reset: 'Clear filters',
    },
    list: {
      count: '{n} parcels in view', sort: 'Sort', empty: 'No parcel matches these filters; try relaxing them.',
      loading: 'Searching…', priceOnRequest: 'price on request', addCompare: 'Compare', inCompare: 'Comparing',
      addCompareLabel: 'Add {code} to the comparison', failed: 'Search failed: {reason}',
      countMore: 'more than {n} parcels in view', truncated: 'Listing {n} so far; the listed parcels are outlined on the map.',
      more: 'Show more', zoomIn: 'Zoom in to see the parcels drawn on the map.',
    },
    sorts: { code: 'By code', area_mu: 'Area, smallest first', '-area_mu': 'Area, largest first', price: 'Price, lowest first', '-price': 'Price, highest first' },
    detail: {
      title: 'Parcel details', close: 'Close details', keyArea: 'Area', keyPrice: 'Reference price', keyTotal: 'Total price',
      servicing: 'Site services', noLabel: 'below “3 connections + levelled”', parkTitle: 'Park and contact',
      print: 'Print parcel sheet', addCompare: 'Add to comparison', inCompare: 'In the comparison',
      loading: 'Loading parcel…', notFound: 'Parcel {code} does not exist or is no longer offered.',
      failed: 'Could not load the parcel: {reason}', industry: 'Industry orientation',
    },
    facts: {
      code: 'Parcel code', park: 'Park', land_use: 'Land use', status: 'Supply status', area: 'Area',
      far: 'Floor area ratio', density: 'Building density', green: 'Green ratio', height: 'Height limit',
      price: 'Reference price', total: 'Total price', intensity: 'Investment intensity', tax: 'Tax per mu',
      industry: 'Industry orientation', available_date: 'Available from', servicing: 'Site services',
      servicing_label: 'Servicing standard',
    },
    servicing: {
      road: 'Road', water: 'Water', power: 'Power', drainage: 'Drainage', gas: 'Gas', telecom: 'Telecom',
      heating: 'Heating', levelled: 'Levelled site', yes: 'yes', no: 'no', unknown: 'unknown',
    },
    enquiry: {
      title: 'Ask about this parcel', intro: 'Leave your contact details and the park’s investment office will get back to you.',
      name: 'Name / company', contact: 'Phone or e-mail', message: 'Your question',
      messagePlaceholder: 'e.g. your project, land needs, policies you would like to know about',
      submit: 'Send enquiry', sending: 'Sending…', success: 'Thank you: your enquiry about parcel {code} has been received. The park office will contact you soon.',
      tooMany: 'You have sent several enquiries in a short time. Please try again later, or call the park office.',
      failed: 'The enquiry was not sent: {reason}', privacy: 'Your contact details are only used to answer this enquiry and are never shown publicly.',
    },
    match: {
      intro: 'Describe the site you need; parcels are ranked by how well they fit.', area: 'Area (mu)', landUse: 'Land use',
      minHeight: 'Minimum height limit (m)', needs: 'Services needed', budget: 'Land budget (CNY 10k)', industry: 'Industry',
      park: 'Preferred park', anyPark: 'Any park', submit: 'Find matching sites', running: 'Matching…',
      count: '{n} parcels found', score: 'Fit', fits: 'Fits', misses: 'Misses',
      empty: 'No parcel to suggest; try changing your needs.', select: 'Show on map', failed: 'Matching failed: {reason}',
      scoreValue: '{n}/100',
      tieByArea: 'Equal scores are ordered by how close the area is to the middle of your range ({mid} mu), then by code.',
      tieByCode: 'Equal scores are listed by code: no area was asked for, so nothing else tells them apart.',
      tieRow: 'Tie order: area {d} mu from the middle',
    },
    compare: {
      tray: 'Compare', count: '{n}/4', open: 'Compare now', clear: 'Clear', full: 'Up to 4 parcels can be compared.',
      needTwo: 'Pick {n} more to compare', title: 'Parcel comparison', onlyDiff: 'Only differences', close: 'Close comparison',
      remove: 'Remove {code}', failed: 'Could not load the comparison: {reason}', item: 'Item', differs: 'differs',
    },
    park: {
      available: 'Available parcels', availableValue: '{n}', availableArea: 'Available area', show: 'Show this park’s parcels',
      level: 'Level', industries: 'Leading industries', contact: 'Contact', phone: 'Phone', address: 'Address', planned: 'Planned area',
    },
    legend: { title: 'Land use' },
    mapFilter: {
      exact: 'Plots the filters leave out are faded on the map.',
      byList: 'The map fades by the result list: keyword and distance cannot be judged from the map data, and the list holds every match in view.',
      partial: 'The map fades only by what it can judge (park, land use, area, price, servicing, industry category); for keyword and distance the list is exact.',
    },
    sheet: {
      title: 'Parcel sheet', print: 'Print / save as PDF', switchLang: '中文', generated: 'Generated {date}',
      source: 'Industrial land for investors', outline: 'Parcel outline (north up)', scale: '{n} m',
      notFound: 'Parcel {code} does not exist or is no longer offered.', failed: 'Could not load the sheet: {reason}',
      facts: 'Planning and economic figures',
      parkTitle: 'Park and investment contact', link: 'Online: {url}', back: 'Back to the map', missingCode: 'No parcel code (?code=).',
    },
    rows: {
      park_name: 'Park', land_use: 'Land use', status: 'Supply status', area_mu: 'Area (mu)', area_m2: 'Area (m²)',
      far_min: 'FAR, minimum', far_max: 'FAR, maximum', building_density_pct: 'Building density', green_ratio_pct: 'Green ratio',
      height_limit_m: 'Height limit', price_wan_per_mu: 'Reference price', total_price_wan: 'Total price',
      invest_intensity_wan_per_mu: 'Investment intensity', tax_wan_per_mu: 'Tax per mu', servicing_label: 'Servicing standard',
      has_road: 'Road', has_water: 'Water', has_power: 'Power', has_drainage: 'Drainage', has_gas: 'Gas',
      has_telecom: 'Telecom', has_heating: 'Heating', site_levelled: 'Levelled site', industry: 'Industry orientation',
      available_date: 'Available from',
    },
  },
});

// the result list's sorts by total price and status, and its map-area search (issue 12, item 5)
extendTexts('en', {
  inv: {
    sorts: { total_price: 'Total price, lowest first', '-total_price': 'Total price, highest first', status: 'Land-ready first', '-status': 'Listed first' },
    list: { searchArea: 'Search this area', followMap: 'Update as the map moves' },
  },
});

// the supply-status filter (issue 12, item 5)
extendTexts('en', { inv: { filters: { status: 'Supply status' } } });
