import type { Copy } from '../types';

/** English copy. The words are ours; quotes are attributed. Numbers come from `data/` via tokens. */
export default {
	lang: 'en',
	locale: 'en-GB',
	grouping: true,
	meta: {
		title: "Shanghai's new engines",
		description:
			'Shanghai named its first innovative enterprise headquarters. A scrolling story of the industries behind them, with every figure sourced.'
	},
	headline: "Shanghai's new engines",
	dek: 'The city has named its first “innovative enterprise headquarters”. What do the figures behind the award say, and what can they not say?',
	byline: 'Retold from a report by Huang Yixuan, SHINE / Shanghai Daily, {date}, with sourced context.',
	ui: {
		skipToStory: 'Skip to the story',
		skipToSources: 'Skip to the sources',
		chartDescription: 'What the chart shows:',
		sourcesTitle: 'Sources and method',
		sourcesIntro:
			'Every figure in this story comes from one of these sources. Each is graded: official bodies, the press, or lower-authority copies such as mirrors and reposts.',
		derivedTitle: 'Our arithmetic',
		derivedIntro: 'Figures we derived ourselves, with the formula that produced each:',
		noDate: 'undated',
		authority: { official: 'official', press: 'press', 'low-authority': 'low authority' },
		status: {
			reported: 'as reported in the article',
			official: 'published by the source',
			derived: 'derived by us',
			conflicting: 'sources disagree'
		}
	},
	error: {
		notFound: 'There is no page at this address',
		failed: 'This page could not be loaded',
		detail: 'The address may be mistyped, or the page may have moved. The story itself is one click away.',
		back: 'Read the story'
	},
	chart: {
		legend: {
			lowerBound: 'lower bound: “more than”',
			reported: 'as reported in the article',
			derived: 'derived by us',
			conflicting: 'sources disagree',
			noData: 'no data'
		},
		breakLabel: 'GDP revised after the 2018 census',
		tooltip: { source: 'Source', formula: 'Formula', close: 'Close', comma: ', ', quote: ['“', '”'] },
		currency: {
			legend: 'Show values in',
			yuan: 'yuan',
			usd: 'US dollars',
			axisUsd: 'billion US dollars',
			rateNote: 'Dollars at the article’s implied rate for both years.'
		},
		table: {
			summary: 'The chart’s data as a table',
			measure: 'Measure',
			entity: 'Of',
			date: 'Date',
			value: 'Value',
			status: 'Status',
			source: 'Source',
			download: 'Download the data (CSV)'
		},
		firms: {
			xiaodu: 'Xiaodu',
			unitedImaging: 'United Imaging',
			batch1: 'First batch',
			batch2: 'Second batch',
			listed: 'listed companies'
		},
		entities: { shanghai: 'Shanghai', china: 'China', target: 'target' },
		ic: {
			scale: 'Industry size, billion yuan',
			share: 'Shanghai’s share of the national total',
			article: 'The article',
			claimed: '{year}, as claimed',
			ratio: '{year}, our ratio'
		},
		failed: 'This chart could not be drawn. Its data is in the table below.',
		colon: ': '
	},
	scenes: {
		firms: { title: 'The first innovative enterprise headquarters', axis: 'firms' },
		'sei-value': { title: 'Strategic emerging industries: added value', axis: 'billion yuan' },
		'sei-share': { title: 'Strategic emerging industries: share of GDP', axis: '% of GDP' },
		'sei-output': {
			title: 'Strategic emerging industries: share of industrial output',
			axis: '% of industrial output'
		},
		'gdp-shares': { title: 'Three shares of GDP, which overlap', axis: '% of GDP' },
		'rd-intensity': { title: 'R&D spending as a share of GDP', axis: '% of GDP' },
		ic: { title: 'Integrated circuits: Shanghai and the nation', axis: '% of the national total' },
		star: { title: 'Shanghai firms on the STAR Market', axis: 'listed firms' },
		ai: { title: 'Key artificial-intelligence firms', axis: 'firms' },
		xiaodu: { title: 'Xiaodu, step by step', axis: '' },
		'united-imaging': { title: 'United Imaging, step by step', axis: 'million yuan' },
		next: { title: 'The second batch', axis: 'firms' }
	},
	series: {
		hq_firms_awarded: 'Firms named innovative enterprise headquarters',
		hq_criteria_rd_industrial: 'R&D threshold, manufacturers',
		hq_criteria_rd_services: 'R&D threshold, services firms',
		hq_criteria_rd_absolute: 'R&D threshold, any firm',
		hq_programme_timeline: 'The headquarters programme',
		sei_added_value: 'Added value of strategic emerging industries',
		sei_added_value_usd: 'Added value, in US dollars at the article’s rate',
		yuan_per_usd_article: 'Exchange rate implied by the article',
		sei_added_value_share: 'Strategic emerging industries, share of GDP',
		sei_output_share: 'Strategic emerging industries, share of industrial output',
		digital_economy_core_share: 'Digital-economy core industries, share of GDP',
		rd_intensity: 'R&D spending, share of GDP',
		rd_intensity_target: 'R&D spending, target',
		ic_shanghai: 'Shanghai integrated-circuit industry size',
		ic_china_sales: 'National integrated-circuit sales',
		ic_shanghai_share_claim: 'Shanghai’s share of the national chip industry, as claimed',
		ic_shanghai_share_derived: 'Shanghai’s share, our ratio of the two',
		star_listings: 'Firms listed on the STAR Market',
		ai_key_firms: 'Key artificial-intelligence firms',
		xiaodu_timeline: 'Xiaodu',
		xiaodu_sales: 'Xiaodu speakers sold',
		xiaodu_valuation: 'Xiaodu valuation',
		xiaodu_households: 'Households served',
		xiaodu_enterprise_clients: 'Enterprises supported',
		xiaodu_patents: 'Patents held',
		xiaodu_invention_patents: 'Invention patents held',
		united_imaging_timeline: 'United Imaging',
		ui_revenue: 'United Imaging revenue',
		ui_ipo_proceeds: 'Raised in the listing',
		ui_years_of_rd: 'Years of research, as the company counts them',
		hq_listed_firms_awarded: 'Listed companies in the batch'
	},
	milestones: {
		xiaodu_launch: 'Begins as Baidu’s smart-living unit',
		xiaodu_first_speaker: 'First smart speaker on sale',
		xiaodu_spinoff: 'Spun off from Baidu',
		xiaodu_series_a: 'Series A funding',
		xiaodu_series_b: 'Series B funding',
		ui_founded: 'Founded',
		ui_first_product: 'First product shipped',
		ui_fda_uexplorer: 'US FDA clears its total-body scanner',
		ui_first_profit: 'First profitable year',
		ui_star_listing: 'Listed on the STAR Market',
		hq_measures: 'Measures for innovative headquarters issued',
		hq_batch1: 'First batch named',
		hq_batch2: 'Second batch named'
	},
	nav: {
		chapters: 'Chapters',
		progress: 'Reading progress',
		motion: 'Animation',
		motionOn: 'on',
		motionOff: 'off',
		language: 'Language',
		colon: ': '
	},
	embed: {
		stepperLabel: 'The story, step by step',
		stepOf: 'Step {n} of {total}',
		previous: 'Previous step',
		next: 'Next step',
		hint: 'Swipe, or use the arrow keys, to step through.',
		fullStory: 'Read the full story',
		newTab: '(opens in a new tab)',
		colon: ': ',
		source: 'Source:',
		frameStory: '{title}: an interactive story',
		frameChart: '{title}: an interactive chart',
		builder: {
			title: 'Embed this story',
			intro:
				'Put the story, or one of its charts, in your own article. The embed sizes itself to its content and works inside sandboxed frames.',
			what: 'What to embed',
			stepper: 'The whole story, step by step',
			scroll: 'The whole story, driven by your page’s scroll',
			chart: 'Chart: {title}',
			language: 'Language',
			theme: 'Theme',
			themeAuto: 'The reader’s own setting',
			themeLight: 'Light',
			themeDark: 'Dark',
			kind: 'Code',
			loader: 'With our script: the frame keeps its height right',
			iframe: 'The frame alone, at a fixed height, for editors that strip scripts',
			code: 'Embed code',
			copy: 'Copy the code',
			copied: 'Copied.',
			copyFailed: 'Copying is blocked here: select the code and copy it yourself.',
			noscript: '{title} (opens the story)',
			scrollNeedsLoader:
				'The scroll-driven story needs the script: without it the frame shows the step-by-step story.'
		}
	},
	present: {
		title: '{title}: present mode',
		progress: '{n} / {total}',
		announce: 'Step {n} of {total}. {sentence}',
		previous: 'Previous step',
		next: 'Next step',
		fullscreen: 'Full screen',
		contrast: 'High contrast',
		notes: 'Teacher notes',
		reveal: 'Chart first, labels on the next press',
		keys: '→, Space or Page Down: next · ← or Page Up: back · Home, End · a number then Enter: go to that step · F: full screen · N: notes · M: animation',
		jump: 'Go to step {n}: press Enter',
		questionsTitle: 'Questions for the class',
		handoutTitle: 'Handout',
		allData: 'Every figure and milestone with its source, in one CSV file',
		cite: {
			title: 'Cite this',
			apa: 'APA',
			gbt: 'GB/T 7714',
			permalink: 'Permalink',
			storyKind: 'Interactive story'
		}
	},
	questions: {
		award: [
			'What do you notice about how many firms were named, and how they are drawn?',
			'What do you wonder about the conditions a firm had to meet? Who checks them?'
		],
		sei: [
			'What do you notice when the two bars start from zero?',
			'Why might the output share and the added-value share tell different stories? What do you wonder about the years that are missing?'
		],
		shares: [
			'What do you notice about the three shares of GDP? Why are they not stacked?',
			'What do you wonder when two sources give different figures for the same year?'
		],
		ic: [
			'What does “more than a quarter” tell you, and what does it leave open?',
			'What would you need to know to check the claim yourself?'
		],
		xiaodu: [
			'What do you notice about the kinds of milestones a company chooses to report?',
			'What do you wonder about a valuation: who sets it, and what does it measure?'
		],
		'united-imaging': [
			'What do you notice about how long it took from founding to a first profit?',
			'What do you wonder about what “12 years” leaves out?'
		],
		next: [
			'What would you want to measure to know whether the award worked?',
			'What do you wonder about the firms that were not named?'
		]
	},
	chapters: {
		award: 'The award',
		sei: 'Strategic emerging industries',
		shares: 'Shares of GDP',
		ic: 'Chips, listings and AI',
		xiaodu: 'Xiaodu',
		'united-imaging': 'United Imaging',
		next: 'What comes next'
	},
	steps: {
		'award-ceremony': {
			text: [
				'On {hq_batch1:period}, Shanghai’s mayor, Gong Zheng, handed certificates to {hq_batch1_firms}: the first to carry the city’s new title of “innovative enterprise headquarters”.'
			],
			description:
				'A grid of {hq_batch1_firms:number} squares, one for each firm named on {hq_batch1:period}.'
		},
		'award-two-firms': {
			text: [
				'Two of them carry this story. Xiaodu builds voice assistants and smart speakers; United Imaging makes high-end medical scanners and radiotherapy machines.'
			],
			description: 'The same grid, with two squares picked out: Xiaodu and United Imaging.'
		},
		'award-criteria': {
			text: [
				'The title comes with conditions. Under measures the city issued on {hq_measures:period}, a manufacturer must spend {hq_criteria_rd_industrial} on research and development, a services firm {hq_criteria_rd_services}, or either one {hq_criteria_rd_absolute} a year.'
			],
			description:
				'Beside the grid, the research-spending thresholds: {hq_criteria_rd_industrial} for manufacturers, {hq_criteria_rd_services} for services firms, or {hq_criteria_rd_absolute}.'
		},
		'sei-2022': {
			key: 'In 2022 strategic emerging industries added {sei_va_2022_reported} of value in Shanghai, up {sei_va_2022_growth_reported}, the article reports.',
			text: [
				'The firms belong to what China calls strategic emerging industries: new energy, high-end equipment, biotechnology, new materials and the like.',
				'In 2022 these industries added {sei_va_2022_reported} ({sei_va_2022_reported_usd}) of value in Shanghai, the article reports, up {sei_va_2022_growth_reported} on a year earlier.'
			],
			description: 'One bar for 2022: {sei_va_2022_reported} of added value.'
		},
		'sei-2017': {
			text: [
				'Five years earlier the city put the same measure at {sei_va_2017}. The city’s statistical bulletin gives 2022 more precisely, at {sei_va_2022}: more than double.'
			],
			description: 'Two bars from zero: {sei_va_2017} in 2017 and {sei_va_2022} in 2022.'
		},
		'sei-share': {
			text: [
				'Measured against the whole economy, their share of GDP rose from {sei_va_2017_share} in 2017 to {sei_va_2022_share} in 2022. The years between were not published in any source we found, so the chart leaves them empty.'
			],
			description:
				'Points for {sei_va_2017_share} in 2017 and {sei_va_2022_share} in 2022, with no values drawn for the years between.'
		},
		'sei-output': {
			key: 'Counted as industrial output, not value added, these industries went from {sei_output_share_2015} in 2015 to {sei_output_share_2023} in 2023.',
			text: [
				'A second yardstick gets its own chart. Counted as output of larger industrial firms, not as value added, these industries went from {sei_output_share_2015} in 2015 to {sei_output_share_2023} in 2023.',
				'Output counts the full value of goods sold, parts bought from other firms included; added value counts only what each firm adds. The two cannot share an axis.'
			],
			description:
				'A separate line of output shares, from {sei_output_share_2015} in 2015 to {sei_output_share_2023} in 2023, with 2019 missing.'
		},
		'sei-output-jump': {
			text: [
				'Most of that rise came at once: {sei_output_share_2018} in 2018, {sei_output_share_2020} in 2020. A change in what was counted may explain the jump; we found no source that confirms or rules it out.'
			],
			description:
				'The output line with the step from {sei_output_share_2018} in 2018 to {sei_output_share_2020} in 2020 picked out.'
		},
		'shares-compare': {
			key: 'Three shares of GDP: strategic emerging industries {sei_va_2022_share_reported}, the digital-economy core {digital_core_share_reported}, research {rd_sh_2022_reported}. They overlap.',
			text: [
				'The article sets three shares of GDP side by side: strategic emerging industries at {sei_va_2022_share_reported}, the core of the digital economy at {digital_core_share_reported} and research spending at {rd_sh_2022_reported}.',
				'They overlap: a chip designer can count in all three. So they are drawn as separate bars, never stacked into one whole.'
			],
			description:
				'Three separate bars from zero: {sei_va_2022_share_reported}, {digital_core_share_reported} and {rd_sh_2022_reported}.'
		},
		'shares-digital': {
			text: [
				'We could not find the digital-economy figure, {digital_core_share_reported}, in any other source. It stays in the chart as the article reports it, marked as such.'
			],
			description:
				'The digital-economy bar, {digital_core_share_reported}, marked as reported by the article only.'
		},
		'shares-rd': {
			text: [
				'Research spending has climbed for a decade: from {rd_sh_2012} in 2012 to {rd_sh_2023} in 2023. Some years are missing from every source we read, and the gaps stay visible.'
			],
			description:
				'A line of Shanghai’s R&D spending from {rd_sh_2012} in 2012 to {rd_sh_2023} in 2023, with gaps.'
		},
		'shares-rd-china': {
			text: [
				'That is well above the national level: China as a whole spent {rd_cn_2023} on research in 2023, against Shanghai’s {rd_sh_2023}.'
			],
			description: 'A second line for China, ending at {rd_cn_2023} in 2023, below Shanghai’s {rd_sh_2023}.'
		},
		'shares-rd-conflict': {
			text: [
				'Sources do not always agree. For 2014 we found {rd_sh_2014_a} and {rd_sh_2014_b}. For 2022 the article gives {rd_sh_2022_reported}; the government work report, as SHINE reported it, gives {rd_sh_2022}. We show both.'
			],
			description:
				'Pairs of points where sources disagree: {rd_sh_2014_a} and {rd_sh_2014_b} for 2014, {rd_sh_2022_reported} and {rd_sh_2022} for 2022.'
		},
		'ic-claim': {
			text: [
				'On chips, the article makes a bold claim: Shanghai’s integrated-circuit industry is {ic_share_reported}.'
			],
			description:
				'A bar that starts at {ic_share_reported:number} and stays open upward: a lower bound, not an exact share.'
		},
		'ic-check': {
			key: 'Shanghai’s chip industry, {ic_sh_2021}, against the nation’s chip sales, {ic_cn_2021}: a ratio of {ic_share_2021_derived:number}%, on figures of different scope.',
			text: [
				'The sources allow a rough check. Shanghai’s chip industry was put at {ic_sh_2021} in 2021, the nation’s chip sales at {ic_cn_2021}: a ratio of {ic_share_2021_derived:number}%.',
				'But the two figures do not measure the same thing. The city’s includes materials, which the national industry association’s count leaves out.'
			],
			description:
				'Shanghai’s {ic_sh_2021} beside the national {ic_cn_2021}, and the ratio {ic_share_2021_derived:number}%, marked as our arithmetic on figures of different scope.'
		},
		'ic-star': {
			text: [
				'Shanghai’s firms have crowded onto the STAR Market, the city’s board for technology listings: {star_sh_2022_07} by {star_sh_2022_07:period}, {star_sh_2024_04} by {star_sh_2024_04:period}.'
			],
			description:
				'Columns of Shanghai listings, from {star_sh_2022_07} by {star_sh_2022_07:period} to {star_sh_2024_04} by {star_sh_2024_04:period}.'
		},
		'ic-ai': {
			text: [
				'The article also counts {ai_key_firms_reported} in artificial intelligence. The most recent count we could trace is older: {ai_key_firms_2020} in 2020.'
			],
			description:
				'Two counts of key AI firms: {ai_key_firms_reported} as reported, and {ai_key_firms_2020} in 2020.'
		},
		'xiaodu-start': {
			text: [
				'Xiaodu began in {xiaodu_launch:period} as Baidu’s smart-living business and put its first smart speaker on the market in {xiaodu_first_speaker:period}.'
			],
			description: 'A timeline opening at {xiaodu_launch:period} and {xiaodu_first_speaker:period}.'
		},
		'xiaodu-growth': {
			text: [
				'Baidu sold {xiaodu_sold_2019} of its speakers in 2019. Xiaodu was then spun off: investors valued it at {xiaodu_valuation_2020_11} in {xiaodu_valuation_2020_11:period} and {xiaodu_valuation_2021_08} in {xiaodu_valuation_2021_08:period}.'
			],
			description:
				'The timeline continues: {xiaodu_sold_2019} sold in 2019, then valuations of {xiaodu_valuation_2020_11} and {xiaodu_valuation_2021_08}.'
		},
		'xiaodu-now': {
			text: [
				'Its chief executive, Li Ying, told the ceremony that Xiaodu now serves {xiaodu_households}, supports {xiaodu_enterprises} and holds {xiaodu_patents}, {xiaodu_invention_patents:number} of them for inventions.'
			],
			description:
				'The company’s own figures, as reported: {xiaodu_households}, {xiaodu_enterprises}, {xiaodu_patents}.'
		},
		'ui-founding': {
			text: [
				'United Imaging was founded in {ui_founded:period} and did not ship its first product until {ui_first_product:period}.'
			],
			description: 'A timeline opening at {ui_founded:period} and {ui_first_product:period}.'
		},
		'ui-fda': {
			text: [
				'In {ui_fda_uexplorer:period} the US Food and Drug Administration cleared its uEXPLORER, a PET/CT scanner that images the whole body at once.'
			],
			description: 'The timeline marks {ui_fda_uexplorer:period}: clearance in the United States.'
		},
		'ui-revenue': {
			text: [
				'The company first made a profit in {ui_first_profit:period}. Its revenue grew from {ui_revenue_2019} in 2019 to {ui_revenue_2023} in 2023.'
			],
			description: 'Revenue bars from zero, {ui_revenue_2019} in 2019 rising to {ui_revenue_2023} in 2023.'
		},
		'ui-listing': {
			text: ['On {ui_star_listing:period} it listed on the STAR Market and raised {ui_ipo_proceeds}.'],
			description:
				'The timeline marks the listing on {ui_star_listing:period}, which raised {ui_ipo_proceeds}.'
		},
		'ui-quote': {
			text: [
				'“More than a decade ago, China’s high-end medical equipment industry was basically dependent on imports,” said Tan Guosheng, its chief executive. After “{ui_years_reported} of continuous high-intensity innovation”, he said, it can develop the full line itself.'
			],
			description:
				'The whole timeline, from founding to listing: {ui_years_reported} in all, as the company counts them.'
		},
		'next-pledge': {
			text: [
				'The city promises more of the same: world-class industrial clusters, a better climate for research, and room for more innovative firms to grow.'
			],
			description: 'The grid of {hq_batch1_firms:number} first-batch firms again.'
		},
		'next-batch2': {
			text: [
				'It has kept its word on one count. On {hq_batch2:period} it named a second batch of {hq_batch2_firms}, {hq_batch2_listed:number} of them listed companies.'
			],
			description:
				'A second grid of {hq_batch2_firms:number} squares beside the first {hq_batch1_firms:number}, with {hq_batch2_listed:number} marked as listed.'
		}
	},
	units: {
		trn_yuan: '{n} trillion yuan',
		bn_yuan: '{n} billion yuan',
		m_yuan: '{n} million yuan',
		bn_usd: 'US${n} billion',
		yuan: '{n} yuan',
		pct_gdp: '{n}% of GDP',
		pct_industrial_output: '{n}% of industrial output',
		pct_national: '{n}% of the national total',
		pct_sales: '{n}% of sales',
		pct_market: '{n}% of the market',
		pct_total: '{n}%',
		pct_change: '{n}%',
		pp: '{n} percentage points',
		firms: '{n} firms',
		patents: '{n} patents',
		years: '{n} years',
		m_households: '{n} million households',
		m_units: '{n} million units',
		m_shares: '{n} million shares',
		yuan_per_usd: '{n} yuan per US dollar'
	},
	qualifiers: {
		more_than: 'more than {x}',
		at_least: 'at least {x}',
		at_most: 'up to {x}',
		about: 'about {x}',
		nearly: 'nearly {x}'
	},
	periods: {
		month: '{month} {year}',
		day: '{day} {month} {year}',
		quarter: 'Q{quarter} {year}',
		half: ['the first half of {year}', 'the second half of {year}'],
		numericMonth: false
	}
} as const satisfies Copy;
