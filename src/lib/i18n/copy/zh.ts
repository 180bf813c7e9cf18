import type { Copy } from '../types';

/**
 * 简体中文版。文字为编辑重写，不是逐句翻译；引语注明出处。数字一律经由标记取自 `data/`。
 * 人名、公司名只在来源给出中文写法时用中文，否则保留拼音或原名（见 README 的允许列表）。
 */
export default {
	lang: 'zh-CN',
	locale: 'zh-CN',
	grouping: false,
	meta: {
		title: '上海的新引擎',
		description:
			'上海认定首批“创新型企业总部”。一篇滚动叙事的数据报道，讲述获奖企业背后的产业，每个数字都注明出处。'
	},
	headline: '上海的新引擎',
	dek: '上海认定了首批“创新型企业总部”。这项称号背后的数字说明了什么，又有哪些说明不了？',
	byline: '据 SHINE / Shanghai Daily 记者 Huang Yixuan {date} 的报道改写，并补充注明出处的背景资料。',
	ui: {
		skipToStory: '跳到正文',
		skipToSources: '跳到资料来源',
		chartDescription: '图表内容：',
		sourcesTitle: '资料来源与方法',
		sourcesIntro:
			'本文的每个数字都出自以下来源之一，并按权威程度分级：官方机构、新闻媒体，以及镜像、转载等较低权威的副本。',
		derivedTitle: '我们的计算',
		derivedIntro: '以下数字由我们自行推算，并列出所用公式：',
		noDate: '未注明日期',
		authority: { official: '官方', press: '媒体', 'low-authority': '较低权威' },
		status: {
			reported: '原文报道',
			official: '来源公布',
			derived: '本文推算',
			conflicting: '来源不一'
		}
	},
	error: {
		notFound: '此地址没有页面',
		failed: '页面未能加载',
		detail: '地址可能有误，或页面已经移动。点击下方链接即可阅读全文。',
		back: '阅读报道'
	},
	chart: {
		legend: {
			lowerBound: '下限：“超过”',
			reported: '原文报道',
			derived: '本文推算',
			conflicting: '来源不一',
			noData: '无数据'
		},
		breakLabel: '2018年经济普查后GDP修订',
		tooltip: { source: '来源', formula: '公式', close: '关闭', comma: '，', quote: ['《', '》'] },
		currency: {
			legend: '数值单位',
			yuan: '人民币',
			usd: '美元',
			axisUsd: '亿美元',
			rateNote: '两年均按原文隐含的汇率折算为美元。'
		},
		table: {
			summary: '以表格查看图表数据',
			measure: '指标',
			entity: '对象',
			date: '日期',
			value: '数值',
			status: '性质',
			source: '来源',
			download: '下载数据（CSV）'
		},
		firms: {
			xiaodu: 'Xiaodu',
			unitedImaging: 'United Imaging',
			batch1: '第一批',
			batch2: '第二批',
			listed: '上市公司'
		},
		entities: { shanghai: '上海', china: '全国', target: '目标' },
		ic: {
			scale: '产业规模（亿元）',
			share: '上海占全国的比重',
			article: '原文',
			claimed: '{year}年据称',
			ratio: '{year}年推算'
		},
		failed: '这张图表未能绘制，数据见下表。',
		colon: '：'
	},
	scenes: {
		firms: { title: '首批创新型企业总部', axis: '家' },
		'sei-value': { title: '战略性新兴产业增加值', axis: '亿元', scale: 10 },
		'sei-share': { title: '战略性新兴产业增加值占GDP比重', axis: '占GDP的%' },
		'sei-output': { title: '战略性新兴产业占工业总产值比重', axis: '占工业总产值的%' },
		'gdp-shares': { title: '三项占GDP的比重，彼此重叠', axis: '占GDP的%' },
		'rd-intensity': { title: '研发投入占GDP比重', axis: '占GDP的%' },
		ic: { title: '集成电路：上海与全国', axis: '占全国的%', scale: 10 },
		star: { title: '上海的科创板上市企业', axis: '家' },
		ai: { title: '人工智能重点企业', axis: '家' },
		xiaodu: { title: 'Xiaodu的历程', axis: '' },
		'united-imaging': { title: 'United Imaging的历程', axis: '亿元', scale: 0.01 },
		next: { title: '第二批', axis: '家' }
	},
	series: {
		hq_firms_awarded: '获认定的创新型企业总部',
		hq_criteria_rd_industrial: '研发投入门槛：制造业企业',
		hq_criteria_rd_services: '研发投入门槛：服务业企业',
		hq_criteria_rd_absolute: '研发投入门槛：任一企业',
		hq_programme_timeline: '总部认定工作',
		sei_added_value: '战略性新兴产业增加值',
		sei_added_value_usd: '增加值，按原文汇率折算为美元',
		yuan_per_usd_article: '原文隐含的汇率',
		sei_added_value_share: '战略性新兴产业增加值占GDP比重',
		sei_output_share: '战略性新兴产业占工业总产值比重',
		digital_economy_core_share: '数字经济核心产业增加值占GDP比重',
		rd_intensity: '研发投入占GDP比重',
		rd_intensity_target: '研发投入目标',
		ic_shanghai: '上海集成电路产业规模',
		ic_china_sales: '全国集成电路销售收入',
		ic_shanghai_share_claim: '上海集成电路产业占全国比重（原文说法）',
		ic_shanghai_share_derived: '上海所占比重（本文以两数相除）',
		star_listings: '科创板上市企业',
		ai_key_firms: '人工智能重点企业',
		xiaodu_timeline: 'Xiaodu',
		xiaodu_sales: 'Xiaodu音箱销量',
		xiaodu_valuation: 'Xiaodu估值',
		xiaodu_households: '服务家庭',
		xiaodu_enterprise_clients: '支持企业',
		xiaodu_patents: '持有专利',
		xiaodu_invention_patents: '发明专利',
		united_imaging_timeline: 'United Imaging',
		ui_revenue: 'United Imaging营业收入',
		ui_ipo_proceeds: '上市募资',
		ui_years_of_rd: '研发年数（公司说法）',
		hq_listed_firms_awarded: '该批中的上市公司'
	},
	milestones: {
		xiaodu_launch: '作为Baidu智能生活业务起步',
		xiaodu_first_speaker: '首款智能音箱上市',
		xiaodu_spinoff: '从Baidu分拆',
		xiaodu_series_a: 'A轮融资',
		xiaodu_series_b: 'B轮融资',
		ui_founded: '公司成立',
		ui_first_product: '首款产品交付',
		ui_fda_uexplorer: '全身扫描仪获美国FDA批准',
		ui_first_profit: '首次实现盈利',
		ui_star_listing: '登陆科创板',
		hq_measures: '创新型企业总部认定办法发布',
		hq_batch1: '首批认定',
		hq_batch2: '第二批认定'
	},
	nav: {
		chapters: '章节',
		progress: '阅读进度',
		motion: '动画',
		motionOn: '开',
		motionOff: '关',
		language: '语言',
		colon: '：'
	},
	embed: {
		stepperLabel: '逐步浏览全文',
		stepOf: '第{n}步，共{total}步',
		previous: '上一步',
		next: '下一步',
		hint: '左右滑动或使用方向键翻页。',
		fullStory: '阅读全文',
		newTab: '（在新标签页打开）',
		colon: '：',
		source: '来源：',
		frameStory: '{title}：互动报道',
		frameChart: '{title}：互动图表',
		builder: {
			title: '嵌入本文',
			intro: '把全文或其中一张图表放进您自己的文章。嵌入内容会按内容自动调整高度，在沙箱框架中也能运行。',
			what: '嵌入内容',
			stepper: '全文，逐步浏览',
			scroll: '全文，随您的页面滚动',
			chart: '图表：{title}',
			language: '语言',
			theme: '配色',
			themeAuto: '跟随读者的设置',
			themeLight: '浅色',
			themeDark: '深色',
			kind: '代码',
			loader: '使用我们的脚本：框架高度自动调整',
			iframe: '只用框架，固定高度，适合会删除脚本的编辑器',
			code: '嵌入代码',
			copy: '复制代码',
			copied: '已复制。',
			copyFailed: '此处无法复制：请选中代码后自行复制。',
			noscript: '{title}（打开全文）',
			scrollNeedsLoader: '随页面滚动的版本需要脚本；没有脚本时，框架显示逐步浏览的版本。'
		}
	},
	present: {
		title: '{title}：演示模式',
		progress: '{n} / {total}',
		announce: '第{n}步，共{total}步。{sentence}',
		previous: '上一步',
		next: '下一步',
		fullscreen: '全屏',
		contrast: '高对比度',
		notes: '教师备注',
		reveal: '先看图，再按一次显示标注',
		keys: '→、空格或 Page Down：下一步 · ← 或 Page Up：上一步 · Home、End · 输入数字后按 Enter：跳到该步 · F：全屏 · N：备注 · M：动画',
		jump: '跳到第{n}步：请按 Enter',
		questionsTitle: '课堂讨论题',
		handoutTitle: '讲义',
		allData: '全部数字与大事记及其来源，一个CSV文件',
		cite: {
			title: '引用本文',
			apa: 'APA',
			gbt: 'GB/T 7714',
			permalink: '永久链接',
			storyKind: '互动报道'
		}
	},
	questions: {
		award: [
			'获认定的企业有多少家？图上是怎样画出来的？你注意到了什么？',
			'企业要满足哪些条件？由谁来核查？你有什么疑问？'
		],
		sei: [
			'两根柱子都从零开始画，你注意到了什么？',
			'按产值算和按增加值算，为什么会讲出不同的故事？缺失的年份让你想到什么？'
		],
		shares: ['三项占GDP的比重为什么不能叠加成一个整体？', '同一年份两个来源给出不同数字时，你会怎么想？'],
		ic: ['“超过四分之一”告诉了我们什么，又留下了哪些空白？', '要自己核实这个说法，你需要知道什么？'],
		xiaodu: ['一家公司会选择公布哪些里程碑？你注意到了什么？', '估值由谁来定，衡量的又是什么？'],
		'united-imaging': ['从成立到首次盈利用了多长时间？', '“12年”这个说法省略了什么？'],
		next: ['要判断这项认定是否见效，你会想测量什么？', '没有入选的企业呢？你有什么疑问？']
	},
	chapters: {
		award: '认定',
		sei: '战略性新兴产业',
		shares: '占GDP的比重',
		ic: '芯片、上市与人工智能',
		xiaodu: 'Xiaodu',
		'united-imaging': 'United Imaging',
		next: '接下来'
	},
	steps: {
		'award-ceremony': {
			text: [
				'{hq_batch1:period}，上海市市长Gong Zheng向{hq_batch1_firms}颁发证书。它们是首批获得“创新型企业总部”称号的企业。'
			],
			description:
				'由{hq_batch1_firms:number}个方块组成的网格，每个方块代表{hq_batch1:period}获认定的一家企业。'
		},
		'award-two-firms': {
			text: [
				'本文聚焦其中两家：Xiaodu做语音助手和智能音箱，United Imaging生产高端医学影像设备和放射治疗设备。'
			],
			description: '同一网格，其中两个方块被标出：Xiaodu和United Imaging。'
		},
		'award-criteria': {
			text: [
				'这个称号有门槛。根据上海{hq_measures:period}发布的认定办法，制造业企业研发投入须达到{hq_criteria_rd_industrial}，服务业企业须达到{hq_criteria_rd_services}，或者任一企业每年研发投入{hq_criteria_rd_absolute}。'
			],
			description:
				'网格旁列出研发投入门槛：制造业企业{hq_criteria_rd_industrial}，服务业企业{hq_criteria_rd_services}，或{hq_criteria_rd_absolute}。'
		},
		'sei-2022': {
			key: '原文称，2022年上海战略性新兴产业增加值达{sei_va_2022_reported}，比上年增长{sei_va_2022_growth_reported}。',
			text: [
				'这些企业属于国家所说的战略性新兴产业：新能源、高端装备、生物技术、新材料等。',
				'原文报道，2022年上海战略性新兴产业增加值达{sei_va_2022_reported}（{sei_va_2022_reported_usd}），比上年增长{sei_va_2022_growth_reported}。'
			],
			description: '2022年的一根柱子：增加值{sei_va_2022_reported}。'
		},
		'sei-2017': {
			text: [
				'五年前，同一指标为{sei_va_2017}。上海统计公报给出的2022年数字更精确，为{sei_va_2022}，翻了一番多。'
			],
			description: '两根从零开始的柱子：2017年{sei_va_2017}，2022年{sei_va_2022}。'
		},
		'sei-share': {
			text: [
				'与整体经济相比，它们占GDP的比重从2017年的{sei_va_2017_share}升至2022年的{sei_va_2022_share}。中间几年的数字我们在任何来源中都没有找到，图上留空。'
			],
			description: '2017年{sei_va_2017_share}和2022年{sei_va_2022_share}两个点，中间年份不画数值。'
		},
		'sei-output': {
			key: '按规模以上工业产值而非增加值计算，这些产业的占比从2015年的{sei_output_share_2015}升至2023年的{sei_output_share_2023}。',
			text: [
				'另一把尺子单独成图。按规模以上工业总产值而非增加值计算，这些产业的占比从2015年的{sei_output_share_2015}升至2023年的{sei_output_share_2023}。',
				'产值计入售出商品的全部价值，包括从其他企业购入的零部件；增加值只计每家企业新创造的部分。两者不能共用一根坐标轴。'
			],
			description:
				'另一条产值占比的线，从2015年的{sei_output_share_2015}到2023年的{sei_output_share_2023}，缺2019年。'
		},
		'sei-output-jump': {
			text: [
				'升幅大多集中在一次：2018年{sei_output_share_2018}，2020年{sei_output_share_2020}。统计口径的变化或许能解释这一跳，但我们没有找到证实或排除这一点的来源。'
			],
			description: '产值占比线上，2018年{sei_output_share_2018}到2020年{sei_output_share_2020}的跳升被标出。'
		},
		'shares-compare': {
			key: '三项占GDP的比重：战略性新兴产业{sei_va_2022_share_reported}，数字经济核心产业{digital_core_share_reported}，研发投入{rd_sh_2022_reported}。三者彼此重叠。',
			text: [
				'原文把三项占GDP的比重并列：战略性新兴产业{sei_va_2022_share_reported}，数字经济核心产业{digital_core_share_reported}，研发投入{rd_sh_2022_reported}。',
				'它们彼此重叠：一家芯片设计企业可能同时计入三项。所以图上画成三根独立的柱子，绝不叠成一个整体。'
			],
			description:
				'三根从零开始的独立柱子：{sei_va_2022_share_reported}、{digital_core_share_reported}和{rd_sh_2022_reported}。'
		},
		'shares-digital': {
			text: [
				'数字经济的这个数字{digital_core_share_reported}，我们在其他来源中都没有找到。图上按原文保留，并注明出处。'
			],
			description: '数字经济那根柱子{digital_core_share_reported}，标注为仅见于原文。'
		},
		'shares-rd': {
			text: [
				'十年来研发投入持续攀升：从2012年占GDP的{rd_sh_2012}升至2023年的{rd_sh_2023}。有些年份在我们读到的所有来源中都缺失，图上如实留出空档。'
			],
			description: '上海研发投入占GDP比重的折线，从2012年的{rd_sh_2012}到2023年的{rd_sh_2023}，中有空档。'
		},
		'shares-rd-china': {
			text: ['这远高于全国水平：2023年全国研发投入占GDP的{rd_cn_2023}，上海为{rd_sh_2023}。'],
			description: '第二条线代表全国，2023年为{rd_cn_2023}，低于上海的{rd_sh_2023}。'
		},
		'shares-rd-conflict': {
			text: [
				'来源之间并不总是一致。2014年，我们找到{rd_sh_2014_a}和{rd_sh_2014_b}两个数字。2022年，原文给出{rd_sh_2022_reported}，而据SHINE报道，政府工作报告给出的是{rd_sh_2022}。两者我们都画出。'
			],
			description:
				'来源不一之处成对画出：2014年{rd_sh_2014_a}和{rd_sh_2014_b}，2022年{rd_sh_2022_reported}和{rd_sh_2022}。'
		},
		'ic-claim': {
			text: ['在芯片上，原文的说法很大胆：上海集成电路产业占全国的{ic_share_reported}。'],
			description: '一根从{ic_share_reported:number}开始、向上敞开的柱子：这是下限，不是确切比重。'
		},
		'ic-check': {
			key: '上海集成电路产业规模{ic_sh_2021}，全国集成电路销售收入{ic_cn_2021}：两者之比为{ic_share_2021_derived:number}%，但口径不同。',
			text: [
				'现有来源可以粗略核对一下。2021年上海集成电路产业规模为{ic_sh_2021}，全国集成电路销售收入为{ic_cn_2021}，两者之比为{ic_share_2021_derived:number}%。',
				'但这两个数字衡量的不是同一样东西。上海的口径包含材料，而全国行业协会的统计不含。'
			],
			description:
				'上海的{ic_sh_2021}与全国的{ic_cn_2021}并列，以及两者之比{ic_share_2021_derived:number}%，标注为本文对口径不同的数字所做的计算。'
		},
		'ic-star': {
			text: [
				'上海企业纷纷登陆科创板：截至{star_sh_2022_07:period}共{star_sh_2022_07}，截至{star_sh_2024_04:period}共{star_sh_2024_04}。'
			],
			description:
				'上海科创板上市企业的柱子，从截至{star_sh_2022_07:period}的{star_sh_2022_07}到截至{star_sh_2024_04:period}的{star_sh_2024_04}。'
		},
		'ic-ai': {
			text: [
				'原文还提到人工智能重点企业{ai_key_firms_reported}。我们能追溯到的最新统计更早一些：2020年为{ai_key_firms_2020}。'
			],
			description:
				'人工智能重点企业的两个数字：原文的{ai_key_firms_reported}，以及2020年的{ai_key_firms_2020}。'
		},
		'xiaodu-start': {
			text: [
				'Xiaodu于{xiaodu_launch:period}作为Baidu的智能生活业务起步，{xiaodu_first_speaker:period}推出首款智能音箱。'
			],
			description: '时间线从{xiaodu_launch:period}和{xiaodu_first_speaker:period}开始。'
		},
		'xiaodu-growth': {
			text: [
				'2019年，Baidu售出{xiaodu_sold_2019}音箱。随后Xiaodu分拆独立：投资者在{xiaodu_valuation_2020_11:period}对其估值{xiaodu_valuation_2020_11}，{xiaodu_valuation_2021_08:period}为{xiaodu_valuation_2021_08}。'
			],
			description:
				'时间线继续：2019年售出{xiaodu_sold_2019}，随后估值为{xiaodu_valuation_2020_11}和{xiaodu_valuation_2021_08}。'
		},
		'xiaodu-now': {
			text: [
				'首席执行官Li Ying在颁证仪式上说，Xiaodu目前服务{xiaodu_households}，支持{xiaodu_enterprises}，持有{xiaodu_patents}，其中发明专利{xiaodu_invention_patents:number}件。'
			],
			description: '公司自己的数字，据报道：{xiaodu_households}、{xiaodu_enterprises}、{xiaodu_patents}。'
		},
		'ui-founding': {
			text: ['United Imaging成立于{ui_founded:period}，直到{ui_first_product:period}才交付首款产品。'],
			description: '时间线从{ui_founded:period}和{ui_first_product:period}开始。'
		},
		'ui-fda': {
			text: [
				'{ui_fda_uexplorer:period}，美国食品药品监督管理局（FDA）批准了它的uEXPLORER，一台一次即可完成全身成像的PET/CT扫描仪。'
			],
			description: '时间线标出{ui_fda_uexplorer:period}：在美国获批。'
		},
		'ui-revenue': {
			text: [
				'公司在{ui_first_profit:period}首次实现盈利。营业收入从2019年的{ui_revenue_2019}增至2023年的{ui_revenue_2023}。'
			],
			description: '从零开始的营业收入柱子，从2019年的{ui_revenue_2019}升至2023年的{ui_revenue_2023}。'
		},
		'ui-listing': {
			text: ['{ui_star_listing:period}，公司登陆科创板，募资{ui_ipo_proceeds}。'],
			description: '时间线标出{ui_star_listing:period}的上市，募资{ui_ipo_proceeds}。'
		},
		'ui-quote': {
			text: [
				'首席执行官Tan Guosheng说，十多年前，中国高端医疗设备产业“基本依赖进口”；经过“{ui_years_reported}持续高强度的创新”，公司已能自主研发全线产品。（引语据英文报道转译。）'
			],
			description: '从成立到上市的完整时间线：按公司的算法，共{ui_years_reported}。'
		},
		'next-pledge': {
			text: ['上海承诺继续加码：打造世界级产业集群，优化科研环境，让更多创新型企业成长起来。'],
			description: '再次显示首批{hq_batch1_firms:number}家企业的网格。'
		},
		'next-batch2': {
			text: [
				'至少有一项承诺已经兑现。{hq_batch2:period}，上海认定第二批{hq_batch2_firms}，其中上市公司{hq_batch2_listed:number}家。'
			],
			description:
				'第一批{hq_batch1_firms:number}个方块旁边是第二批{hq_batch2_firms:number}个方块，其中{hq_batch2_listed:number}个标为上市公司。'
		}
	},
	units: {
		trn_yuan: '{n}万亿元',
		bn_yuan: [{ text: '{n}亿元', scale: 10 }],
		m_yuan: [
			{ text: '{n}亿元', scale: 0.01, min: 1 },
			{ text: '{n}万元', scale: 100 }
		],
		bn_usd: [{ text: '{n}亿美元', scale: 10 }],
		yuan: '{n}元',
		pct_gdp: '{n}%',
		pct_industrial_output: '{n}%',
		pct_national: '{n}%',
		pct_sales: '{n}%',
		pct_market: '{n}%',
		pct_total: '{n}%',
		pct_change: '{n}%',
		pp: '{n}个百分点',
		firms: '{n}家',
		patents: '{n}件',
		years: '{n}年',
		m_households: [{ text: '{n}万户', scale: 100 }],
		m_units: [{ text: '{n}万台', scale: 100 }],
		m_shares: [{ text: '{n}万股', scale: 100 }],
		yuan_per_usd: '1美元兑{n}元'
	},
	qualifiers: {
		more_than: '超过{x}',
		at_least: '至少{x}',
		at_most: '最多{x}',
		about: '约{x}',
		nearly: '近{x}'
	},
	periods: {
		month: '{year}年{month}月',
		day: '{year}年{month}月{day}日',
		quarter: '{year}年第{quarter}季度',
		half: ['{year}年上半年', '{year}年下半年'],
		numericMonth: true
	}
} as const satisfies Copy;
