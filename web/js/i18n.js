// Every UI string in both languages, and the current language (browser default, switchable, remembered).
const STRINGS = {
  zh: {
    'nav.skip': '跳到正文', 'nav.home': '首页', 'nav.label': '主导航', 'nav.interview': '面试', 'nav.drill': '专项练习',
    'nav.grade': '评分', 'nav.knowledge': '知识库', 'nav.history': '历史', 'nav.import': '导入',
    'lang.switch': 'English',
    'lang.switchLabel': 'Switch to English',
    'engine.offline': '离线引擎', 'engine.llm': '模型 {model}', 'engine.cards': '{n} 张卡片',
    'engine.indexing': '正在建立索引 {percent}%', 'engine.down': '服务器未响应',
    'common.loading': '加载中…', 'common.error': '出错了：{message}', 'common.retry': '重试',
    'common.back': '返回', 'common.close': '关闭', 'common.notAvailable': '服务器暂不支持此功能。',
    'common.network': '无法连接服务器，请检查它是否仍在运行。',
    'start.title': '模拟面试', 'start.lead': '从你的笔记中出题，逐题评分，针对遗漏的要点追问。',
    'start.topics': '主题', 'start.topicsHint': '不选则覆盖全部主题', 'start.allTopics': '全部主题',
    'start.cards': '{n} 题', 'start.noTopics': '笔记中还没有可出题的卡片。',
    'start.questions': '题目数量', 'start.level': '难度', 'start.level.any': '不限', 'start.level.1': '基础',
    'start.level.2': '进阶', 'start.level.3': '高级', 'start.language': '面试语言', 'start.followUps': '每题追问上限',
    'start.timer': '每题计时', 'start.timer.off': '不计时', 'start.timer.min': '{n} 分钟', 'start.engine': '引擎',
    'start.submit': '开始面试', 'start.starting': '正在准备题目…', 'start.selected': '已选 {n} 个主题',
    'start.clear': '清除选择',
    'start.style': '面试风格', 'start.style.friendly': '友好', 'start.style.standard': '标准', 'start.style.pressure': '压力',
    'target.title': '针对岗位练习', 'target.lead': '粘贴职位描述或简历：看看你的笔记覆盖了哪些要求，哪些还没写，然后只练覆盖到的部分。',
    'target.text': '职位描述或简历', 'target.placeholder': '粘贴职位描述或简历（最多 20000 字）',
    'target.name': '保存为（可选）', 'target.namePlaceholder': '例如：某公司 大模型算法', 'target.saved': '已保存的目标',
    'target.pickSaved': '选择已保存的目标…', 'target.reach': '出题范围', 'target.reach.close': '紧扣要求',
    'target.reach.explore': '向外延伸', 'target.analyze': '对照笔记', 'target.analyzing': '正在对照…',
    'target.start': '开始针对性面试', 'target.export': '导出缺口清单',
    'target.coverage': '{n} 项要求中有 {k} 项在笔记里（{p}%）', 'target.none': '没有从文本中找到要求。',
    'target.gap': '缺口：笔记里还没有', 'target.gapTag': '笔记之外', 'target.weight': '权重 {w}%',
    'target.weightTitle': '文本对这项要求的强调程度', 'target.empty': '请先粘贴职位描述或简历。',
    'report.byRequirement': '各要求得分', 'drill.target': '只练某个目标（可选）', 'drill.noTarget': '不限目标',
    'resume.title': '有一场未完成的面试', 'resume.detail': '第 {i} / {n} 题 · 开始于 {date}',
    'resume.continue': '继续面试', 'resume.discard': '放弃',
    'interview.progress': '第 {i} / {n} 题', 'interview.followUp': '追问 {j}', 'interview.answer': '你的回答',
    'interview.placeholder': '输入你的回答（Ctrl+Enter 或 ⌘+Enter 发送）', 'interview.send': '发送',
    'interview.codeMode': '代码模式：等宽字体，Tab 缩进（Esc 后 Tab 离开）',
    'interview.sending': '评分中…', 'interview.hint': '提示', 'interview.skip': '跳过', 'interview.end': '结束面试',
    'interview.repeat': '重复问题', 'interview.chars': '{n} 字',
    'interview.endConfirm': '现在结束面试并查看报告？', 'interview.finished': '面试结束。',
    'interview.viewReport': '查看报告', 'interview.typing': '面试官正在输入…', 'interview.you': '你',
    'interview.interviewer': '面试官', 'interview.fallback': '模型出错，本轮改用离线引擎。',
    'interview.notFound': '找不到这场面试，它可能已被删除。', 'interview.newInterview': '开始新的面试',
    'interview.timeUp': '时间到', 'interview.timer': '本题用时', 'interview.empty': '回答不能为空。',
    'interview.draftKept': '回答已保留在输入框中。', 'interview.mode.drill': '专项练习', 'interview.followUpLabel': '追问',
    'grade.band.strong': '优秀', 'grade.band.partial': '部分正确', 'grade.band.weak': '薄弱', 'grade.band.wrong': '有误',
    'grade.band.off-topic': '离题', 'grade.band.empty': '未作答', 'grade.covered': '已覆盖的要点',
    'grade.missed': '遗漏的要点', 'grade.pitfalls': '错误说法', 'grade.feedback': '反馈', 'grade.references': '参考资料',
    'grade.evidence': '你的原话', 'grade.correction': '更正', 'grade.engine.offline': '离线评分',
    'grade.engine.llm': '模型评分', 'grade.fallbackNote': '模型评分失败，已改用离线评分', 'grade.openCard': '打开卡片',
    'grade.unmatched': '笔记中没有与这个问题足够接近的卡片，无法按要点评分。', 'grade.weight': '权重 {w}',
    'grade.label': '评分', 'grade.skipped': '已跳过', 'grade.referenceAnswer': '参考答案',
    'grade.modelFollows': '模型评分稍后更新',
    'gradePage.title': '答案评分', 'gradePage.lead': '粘贴任意问题和回答，按笔记中的要点评分。',
    'gradePage.question': '问题', 'gradePage.answer': '回答', 'gradePage.submit': '评分', 'gradePage.grading': '评分中…',
    'gradePage.needBoth': '请填写问题和回答。', 'gradePage.languageNote': '反馈使用回答的语言。',
    'report.title': '面试报告', 'report.overall': '总分', 'report.scored': '已评分 {k} / {n} 题',
    'report.byTopic': '各主题得分', 'report.questions': '逐题回顾', 'report.export': '导出 Markdown',
    'report.drill': '专项练习薄弱点', 'report.review': '建议复习', 'report.tokens': '模型用量 {n} tokens',
    'report.fallbacks': '{n} 次回退到离线引擎', 'report.turnScore': '{score} 分', 'report.prompt': '提问',
    'report.answer': '回答', 'report.noAnswer': '（未作答）', 'report.notScored': '未作答',
    'report.skipped': '已跳过', 'report.date': '{date}', 'report.status.ended': '提前结束',
    'report.status.finished': '已完成', 'report.status.active': '进行中', 'report.nothingWeak': '没有需要复习的薄弱点。',
    'report.chartLabel': '平均分', 'report.hinted': '用过提示', 'report.newInterview': '再来一场',
    'report.delete': '删除', 'report.deleteConfirm': '确认删除（含保留的录音）',
    'history.title': '历史记录', 'history.lead': '过去的面试和分数走势。', 'history.empty': '还没有面试记录。',
    'history.trend': '分数走势', 'history.date': '日期', 'history.topics': '主题', 'history.score': '得分',
    'history.status': '状态', 'history.open': '打开', 'history.resume': '继续', 'history.mode': '模式',
    'history.questions': '题数', 'history.allTopics': '全部主题', 'history.mode.interview': '面试',
    'history.mode.drill': '专项',
    'drill.title': '专项练习', 'drill.lead': '到期和薄弱的卡片优先，一次一题，追问直到要点全部覆盖。',
    'drill.due': '到期', 'drill.weak': '薄弱', 'drill.tracked': '已跟踪', 'drill.nextDue': '下一张到期：{date}',
    'drill.start': '开始练习', 'drill.questions': '题目数量', 'drill.topics': '限定主题（可选）',
    'knowledge.title': '知识库', 'knowledge.lead': '搜索笔记，打开卡片查看参考答案、要点、追问和常见误区。',
    'knowledge.search': '搜索', 'knowledge.placeholder': '例如：PPO 的 clip、KV cache、ZeRO',
    'knowledge.noHits': '没有找到匹配的卡片。', 'knowledge.weak': '匹配度较低', 'knowledge.score': '相关度 {p}%',
    'knowledge.hits': '{n} 个结果', 'knowledge.browse': '按主题浏览',
    'card.question': '问题', 'card.reference': '参考答案', 'card.keyPoints': '要点', 'card.followUps': '追问',
    'card.pitfalls': '常见误区', 'card.sources': '来源', 'card.level': '难度 {n}', 'card.tags': '标签',
    'card.file': '文件', 'card.noReference': '这张卡片还没有参考答案。', 'card.notFound': '找不到这张卡片。',
    'card.practise': '练习这道题', 'card.aims': '针对要点 {n}',
    'voice.mic': '语音作答：点击开始录音，再点一次结束', 'voice.speak': '朗读', 'voice.speakTitle': '朗读面试官的每条消息',
    'voice.settings': '语音设置', 'voice.handsFree': '免手动：读完问题后自动开始听，停顿约 2 秒自动结束',
    'voice.voice': '声音', 'voice.rate': '语速', 'voice.auto': '自动（按面试语言）',
    'voice.keep': '保留录音', 'voice.keepHint': '录音存放在数据文件夹中这场面试的旁边，删除面试时一并删除。',
    'voice.serverVoice': '使用服务器的声音（--tts-model）',
    'voice.privacy': '录音只用于转写，转写后即丢弃，不会保存或写入日志（除非开启“保留录音”）。',
    'voice.browserNotice': '服务器没有配置语音识别，改用浏览器自带的识别：你的声音会发送给浏览器厂商（例如 Chrome 会发给 Google）。',
    'voice.why.insecure': '语音输入需要 https 或 localhost 才能使用麦克风。',
    'voice.why.noRecorder': '这个浏览器不支持录音（MediaRecorder），请换用 Chrome、Edge、Firefox 或 Safari。',
    'voice.why.noEndpoint': '语音输入不可用：服务器没有配置语音识别（--stt-base-url），这个浏览器也没有自带的语音识别。',
    'voice.status.listening': '正在听…（再点一次麦克风结束）', 'voice.status.transcribing': '正在转写…',
    'voice.status.ready': '转写已放入输入框：检查并修改后再发送（Ctrl+Enter）。',
    'voice.error.tooLong': '录音太长或太大：{message}', 'voice.error.format': '无法识别的音频格式：{message}',
    'voice.error.nothing': '没有听到内容，请靠近麦克风再试一次。', 'voice.error.endpoint': '语音识别服务出错：{message}',
    'voice.error.timeout': '语音识别服务超时：{message}', 'voice.error.denied': '麦克风权限被拒绝，请在浏览器中允许后再试。',
    'voice.error.mic': '无法打开麦克风。', 'voice.typedSafe': '已输入的内容不受影响，可以继续打字作答。',
    'voice.seconds': '{n} 秒', 'voice.perMinute.words': '词/分钟', 'voice.perMinute.characters': '字/分钟',
    'voice.listSeparator': '、', 'voice.fillerWords': '口头禅：{words}', 'voice.delivery': '表达', 'voice.speakingTime': '口述时长', 'voice.fillers': '口头禅',
    'voice.longPauses': '次长停顿', 'voice.longest': '最长 {s} 秒', 'voice.notGraded': '表达情况不影响内容得分。',
    'voice.pace.slow': '偏慢', 'voice.pace.steady': '适中', 'voice.pace.fast': '偏快', 'voice.summaryTitle': '口头作答',
    'voice.summary': '{n} 个回答中 {k} 个是说出来的；语速 {rate} {unit}；口头禅每分钟 {fillers} 个；长停顿 {pauses} 次。',
    'voice.line': '口述 {s} · {rate} {unit} · 口头禅 {fillers} 个 · 长停顿 {pauses} 次',
    'voice.recordings': '保留的录音', 'voice.recordingOf': '第 {n} 轮', 'voice.recordingsHint': '删除这场面试时录音一并删除。',
    'report.exportAnki': '导出薄弱卡片到 Anki', 'history.exportAnki': '导出薄弱卡片到 Anki',
    'history.backup': '下载备份',
    'import.title': '导入题库', 'import.lead': '把 Anki 牌组或表格里的题目变成笔记：卡片写入笔记文件夹的 imported/ 子文件夹，马上就能练习。',
    'import.drop': '把文件拖到这里，或点击选择文件', 'import.kinds': 'Anki .apkg / .colpkg、CSV / TSV、JSON Lines，最大 200 MB',
    'import.replace': '覆盖同名文件之前导入的笔记', 'import.uploading': '正在导入 {name}…',
    'import.tooLarge': '{name} 超过 200 MB，无法导入。', 'import.summary': '已从 {source} 导入 {cards} 张卡片到 {folder}',
    'import.details': '{files} 个笔记文件，复制了 {media} 个媒体文件', 'import.skipped': '跳过 {n} 张：',
    'import.skippedReason': '{count} 张：{reason}（{examples}）', 'import.warnings': '注意：',
    'import.practisable': '其中 {n} 张有参考答案，可以立即练习。',
    'import.nothingToPractise': '导入的卡片都没有参考答案，暂时无法按它们出题。',
    'import.practise': '用这些卡片开始面试',
    'progress.title': '你的练习记录', 'progress.lead': '备份包含所有面试、每轮问答和评分、间隔重复状态；在另一台机器上恢复，已有的记录不会重复。',
    'progress.download': '下载备份', 'progress.restore': '从备份恢复', 'progress.restoring': '正在恢复 {name}…',
    'progress.restored': '已恢复：', 'progress.nothingNew': '备份中的记录都已存在，没有变化。',
    'progress.migrated': '备份来自数据库版本 {from}，已迁移到版本 {to}。',
    'progress.table': '{table}：新增 {added}，更新 {updated}，已存在 {present}',
    'progress.table.interviews': '面试', 'progress.table.turns': '问答轮次', 'progress.table.card_reviews': '卡片复习状态',
    'progress.table.review_log': '复习记录',
    'review.title': '模型建议的标注',
    'review.intro': '由模型根据这张卡片的笔记提出，并已对照笔记检查；接受的内容写入笔记旁的 .annotations.md 文件。',
    'review.introInline': '由模型根据这张卡片的笔记提出，并已对照笔记检查；接受的内容写入笔记中这张卡片的末尾。',
    'review.accept': '接受', 'review.reject': '拒绝', 'review.edit': '编辑', 'review.save': '保存并接受',
    'review.acceptAll': '全部接受（{n}）', 'review.status.accepted': '已接受', 'review.status.rejected': '已拒绝',
    'review.kind.key-point': '要点', 'review.kind.follow-up': '追问', 'review.kind.pitfall': '常见误区',
    'review.kind.level': '难度', 'review.kind.tag': '标签', 'review.thrownOut': '笔记不支持、已丢弃的建议（{n}）',
    'review.text': '内容', 'review.english': '英文说明', 'review.weight': '权重',
  },
  en: {
    'nav.skip': 'Skip to content', 'nav.home': 'Home', 'nav.label': 'Main', 'nav.interview': 'Interview',
    'nav.drill': 'Drill', 'nav.grade': 'Grade', 'nav.knowledge': 'Notes', 'nav.history': 'History',
    'nav.import': 'Import',
    'lang.switch': '中文', 'lang.switchLabel': '切换到中文',
    'engine.offline': 'Offline engine', 'engine.llm': 'Model {model}', 'engine.cards': '{n} cards',
    'engine.indexing': 'Indexing {percent}%', 'engine.down': 'Server not responding',
    'common.loading': 'Loading…', 'common.error': 'Something went wrong: {message}', 'common.retry': 'Retry',
    'common.back': 'Back', 'common.close': 'Close', 'common.notAvailable': 'The server does not offer this yet.',
    'common.network': 'Cannot reach the server; check that it is still running.',
    'start.title': 'Mock interview',
    'start.lead': 'Questions from your notes, a grade for every answer, follow-ups on what you missed.',
    'start.topics': 'Topics', 'start.topicsHint': 'None selected means every topic', 'start.allTopics': 'All topics',
    'start.cards': '{n} q', 'start.noTopics': 'The notes have no answerable cards yet.',
    'start.questions': 'Questions', 'start.level': 'Level', 'start.level.any': 'Any', 'start.level.1': 'Basic',
    'start.level.2': 'Intermediate', 'start.level.3': 'Advanced', 'start.language': 'Interview language',
    'start.followUps': 'Follow-ups per question', 'start.timer': 'Timer per question', 'start.timer.off': 'Off',
    'start.timer.min': '{n} min', 'start.engine': 'Engine', 'start.submit': 'Start interview',
    'start.starting': 'Preparing questions…', 'start.selected': '{n} selected', 'start.clear': 'Clear',
    'start.style': 'Interviewer style', 'start.style.friendly': 'Friendly', 'start.style.standard': 'Standard',
    'start.style.pressure': 'Pressure',
    'target.title': 'Practise for a job',
    'target.lead': 'Paste a job description or resume: see which requirements your notes cover and which they do not, '
      + 'then practise the covered ones.',
    'target.text': 'Job description or resume', 'target.placeholder': 'Paste a job description or resume (up to 20,000 '
      + 'characters)',
    'target.name': 'Save as (optional)', 'target.namePlaceholder': 'e.g. Acme, LLM engineer',
    'target.saved': 'Saved targets',
    'target.pickSaved': 'Pick a saved target…', 'target.reach': 'How far questions go',
    'target.reach.close': 'Stay close', 'target.reach.explore': 'Explore nearby',
    'target.analyze': 'Map my notes', 'target.analyzing': 'Mapping…', 'target.start': 'Start targeted interview',
    'target.export': 'Export gaps (Markdown)',
    'target.coverage': '{k} of {n} requirements are in your notes ({p}%)',
    'target.none': 'No requirement found in the text.', 'target.gap': 'Gap: not in your notes yet',
    'target.gapTag': 'not in your notes', 'target.weight': 'weight {w}%',
    'target.weightTitle': 'How much the text stresses this requirement',
    'target.empty': 'Paste a job description or resume first.',
    'report.byRequirement': 'Score by requirement', 'drill.target': 'Only this target (optional)',
    'drill.noTarget': 'Any target',
    'resume.title': 'You have an unfinished interview', 'resume.detail': 'Question {i} of {n} · started {date}',
    'resume.continue': 'Resume', 'resume.discard': 'Discard',
    'interview.progress': 'Question {i} of {n}', 'interview.followUp': 'follow-up {j}',
    'interview.answer': 'Your answer',
    'interview.placeholder': 'Type your answer (Ctrl+Enter or ⌘+Enter sends)', 'interview.send': 'Send',
    'interview.codeMode': 'Code mode: monospace, Tab indents (Esc, then Tab leaves)',
    'interview.sending': 'Grading…', 'interview.hint': 'Hint', 'interview.skip': 'Skip', 'interview.end': 'End',
    'interview.repeat': 'Repeat', 'interview.chars': '{n} chars',
    'interview.endConfirm': 'End the interview now and see the report?', 'interview.finished': 'The interview is over.',
    'interview.viewReport': 'View report', 'interview.typing': 'The interviewer is typing…', 'interview.you': 'You',
    'interview.interviewer': 'Interviewer',
    'interview.fallback': 'The model failed; the offline engine took this turn.',
    'interview.notFound': 'This interview was not found; it may have been deleted.',
    'interview.newInterview': 'Start a new interview', 'interview.timeUp': 'Time is up', 'interview.timer': 'Time',
    'interview.empty': 'The answer is empty.', 'interview.draftKept': 'Your answer is still in the box.',
    'interview.mode.drill': 'Drill', 'interview.followUpLabel': 'Follow-up',
    'grade.band.strong': 'Strong', 'grade.band.partial': 'Partial', 'grade.band.weak': 'Weak',
    'grade.band.wrong': 'Wrong',
    'grade.band.off-topic': 'Off topic', 'grade.band.empty': 'Empty', 'grade.covered': 'Key points covered',
    'grade.missed': 'Key points missed', 'grade.pitfalls': 'Wrong claims', 'grade.feedback': 'Feedback',
    'grade.references': 'References', 'grade.evidence': 'You said', 'grade.correction': 'Correction',
    'grade.engine.offline': 'Graded offline', 'grade.engine.llm': 'Graded by the model',
    'grade.fallbackNote': 'The model failed; graded offline', 'grade.openCard': 'Open card',
    'grade.unmatched': 'No card in the notes is close enough to this question to grade it point by point.',
    'grade.weight': 'weight {w}', 'grade.label': 'Grade', 'grade.skipped': 'Skipped',
    'grade.referenceAnswer': 'Reference answer', 'grade.modelFollows': 'the model\'s grade follows',
    'gradePage.title': 'Grade an answer',
    'gradePage.lead': 'Paste any question and answer; it is graded against the key points in your notes.',
    'gradePage.question': 'Question', 'gradePage.answer': 'Answer', 'gradePage.submit': 'Grade',
    'gradePage.grading': 'Grading…', 'gradePage.needBoth': 'Fill in both the question and the answer.',
    'gradePage.languageNote': 'Feedback comes in the language of the answer.',
    'report.title': 'Interview report', 'report.overall': 'Overall', 'report.scored': '{k} of {n} questions scored',
    'report.byTopic': 'Score by topic', 'report.questions': 'Question by question', 'report.export': 'Export Markdown',
    'report.drill': 'Drill my weak points', 'report.review': 'Worth reviewing',
    'report.tokens': 'Model usage {n} tokens',
    'report.fallbacks': '{n} fallbacks to the offline engine', 'report.turnScore': '{score} pts',
    'report.prompt': 'Asked', 'report.answer': 'Answer', 'report.noAnswer': '(no answer)',
    'report.notScored': 'not answered', 'report.skipped': 'skipped', 'report.date': '{date}',
    'report.status.ended': 'ended early', 'report.status.finished': 'finished', 'report.status.active': 'in progress',
    'report.nothingWeak': 'Nothing weak to review.', 'report.chartLabel': 'Average score', 'report.hinted': 'hinted',
    'report.newInterview': 'Another interview', 'report.delete': 'Delete',
    'report.deleteConfirm': 'Delete it (and its kept recordings)',
    'history.title': 'History', 'history.lead': 'Past interviews and how your score moves.',
    'history.empty': 'No interviews yet.', 'history.trend': 'Score trend', 'history.date': 'Date',
    'history.topics': 'Topics', 'history.score': 'Score', 'history.status': 'Status', 'history.open': 'Open',
    'history.resume': 'Resume', 'history.mode': 'Mode', 'history.questions': 'Questions',
    'history.allTopics': 'All topics', 'history.mode.interview': 'Interview', 'history.mode.drill': 'Drill',
    'drill.title': 'Drill',
    'drill.lead': 'Due and weak cards first, one at a time, with follow-ups until every key point is covered.',
    'drill.due': 'due now', 'drill.weak': 'weak', 'drill.tracked': 'tracked', 'drill.nextDue': 'Next due: {date}',
    'drill.start': 'Start drill', 'drill.questions': 'Questions', 'drill.topics': 'Only these topics (optional)',
    'knowledge.title': 'Notes',
    'knowledge.lead': 'Search your notes; open a card for its reference, key points, follow-ups and pitfalls.',
    'knowledge.search': 'Search', 'knowledge.placeholder': 'e.g. PPO clipping, KV cache, ZeRO',
    'knowledge.noHits': 'No matching card.', 'knowledge.weak': 'weak match', 'knowledge.score': 'relevance {p}%',
    'knowledge.hits': '{n} results', 'knowledge.browse': 'Browse by topic',
    'card.question': 'Question', 'card.reference': 'Reference answer', 'card.keyPoints': 'Key points',
    'card.followUps': 'Follow-ups', 'card.pitfalls': 'Common pitfalls', 'card.sources': 'Sources',
    'card.level': 'Level {n}', 'card.tags': 'Tags', 'card.file': 'File',
    'card.noReference': 'This card has no reference answer yet.', 'card.notFound': 'Card not found.',
    'card.practise': 'Practise this question', 'card.aims': 'aims at key point {n}',
    'voice.mic': 'Answer aloud: click to record, click again to stop', 'voice.speak': 'Read aloud',
    'voice.speakTitle': "Read each of the interviewer's messages aloud",
    'voice.settings': 'Voice settings',
    'voice.handsFree': 'Hands-free: listen after each question, stop after about 2 s of silence',
    'voice.voice': 'Voice', 'voice.rate': 'Speed', 'voice.auto': 'Automatic (interview language)',
    'voice.keep': 'Keep recordings',
    'voice.keepHint': 'Recordings are kept next to this interview in the data folder and deleted with it.',
    'voice.serverVoice': "Use the server's voice (--tts-model)",
    'voice.privacy': 'Recordings are only transcribed, then dropped: never stored or logged unless "Keep recordings" is on.',
    'voice.browserNotice': "The server has no speech endpoint, so your browser's own recogniser listens: your audio goes to the browser's vendor (Google, for Chrome).",
    'voice.why.insecure': 'Voice input needs https or localhost to use the microphone.',
    'voice.why.noRecorder': 'This browser cannot record (no MediaRecorder); try Chrome, Edge, Firefox or Safari.',
    'voice.why.noEndpoint': 'Voice input is unavailable: the server has no speech endpoint (--stt-base-url) and this browser has no speech recogniser.',
    'voice.status.listening': 'Listening… (click the microphone again to stop)',
    'voice.status.transcribing': 'Transcribing…',
    'voice.status.ready': 'The transcript is in the answer box: check it and fix anything, then send (Ctrl+Enter).',
    'voice.error.tooLong': 'The recording is too long or too large: {message}',
    'voice.error.format': 'Unreadable audio: {message}',
    'voice.error.nothing': 'No words were heard; move closer to the microphone and try again.',
    'voice.error.endpoint': 'The speech service failed: {message}', 'voice.error.timeout': 'The speech service timed out: {message}',
    'voice.error.denied': 'Microphone access was refused; allow it in the browser and try again.',
    'voice.error.mic': 'The microphone could not be opened.',
    'voice.typedSafe': 'Anything typed is safe; you can keep typing your answer.',
    'voice.seconds': '{n} s', 'voice.perMinute.words': 'words/min', 'voice.perMinute.characters': 'characters/min',
    'voice.listSeparator': ', ', 'voice.fillerWords': 'Fillers: {words}', 'voice.delivery': 'Delivery', 'voice.speakingTime': 'speaking time',
    'voice.fillers': 'fillers', 'voice.longPauses': 'long pauses', 'voice.longest': 'longest {s} s',
    'voice.notGraded': 'Delivery does not change the score.',
    'voice.pace.slow': 'slow', 'voice.pace.steady': 'steady', 'voice.pace.fast': 'fast',
    'voice.summaryTitle': 'Spoken answers',
    'voice.summary': 'You answered {k} of {n} aloud; {rate} {unit}; fillers {fillers} per minute; {pauses} long pauses.',
    'voice.line': 'spoken {s} · {rate} {unit} · {fillers} fillers · {pauses} long pauses',
    'voice.recordings': 'Kept recordings', 'voice.recordingOf': 'Turn {n}',
    'voice.recordingsHint': 'They are deleted with this interview.',
    'report.exportAnki': 'Export weak cards to Anki', 'history.exportAnki': 'Export weak cards to Anki',
    'history.backup': 'Download backup',
    'import.title': 'Import cards',
    'import.lead': 'Turn an Anki deck or a spreadsheet of questions into notes: the cards go into imported/ in your notes folder, ready to practise.',
    'import.drop': 'Drop a file here, or click to choose one',
    'import.kinds': 'Anki .apkg / .colpkg, CSV / TSV, JSON Lines; up to 200 MB',
    'import.replace': 'Replace notes of an earlier import of the same file', 'import.uploading': 'Importing {name}…',
    'import.tooLarge': '{name} is larger than 200 MB and cannot be imported.',
    'import.summary': 'Imported {cards} cards from {source} into {folder}',
    'import.details': '{files} notes files, {media} media files copied', 'import.skipped': 'Skipped {n}:',
    'import.skippedReason': '{count} {reason} ({examples})', 'import.warnings': 'Note:',
    'import.practisable': '{n} of them have a reference answer and can be practised now.',
    'import.nothingToPractise': 'None of the imported cards has a reference answer, so none can be asked yet.',
    'import.practise': 'Practise these cards',
    'progress.title': 'Your progress',
    'progress.lead': 'A backup holds every interview, each turn with its grade, and the spaced-repetition state; restored elsewhere, nothing already there is doubled.',
    'progress.download': 'Download backup', 'progress.restore': 'Restore from a backup',
    'progress.restoring': 'Restoring {name}…', 'progress.restored': 'Restored:',
    'progress.nothingNew': 'Everything in the backup is already here; nothing changed.',
    'progress.migrated': 'The backup was made with database schema {from} and was migrated to {to}.',
    'progress.table': '{table}: {added} added, {updated} updated, {present} already there',
    'progress.table.interviews': 'interviews', 'progress.table.turns': 'turns',
    'progress.table.card_reviews': 'card review states', 'progress.table.review_log': 'review log entries',
    'review.title': 'Suggested annotations',
    'review.intro': 'Proposed by the model from this card\'s note and checked against it; accepted ones are '
      + 'written to the .annotations.md file next to the note.',
    'review.introInline': 'Proposed by the model from this card\'s note and checked against it; accepted ones are '
      + 'written into the note, at the end of this card.',
    'review.accept': 'Accept', 'review.reject': 'Reject', 'review.edit': 'Edit', 'review.save': 'Save and accept',
    'review.acceptAll': 'Accept all ({n})', 'review.status.accepted': 'accepted', 'review.status.rejected': 'rejected',
    'review.kind.key-point': 'Key points', 'review.kind.follow-up': 'Follow-ups', 'review.kind.pitfall': 'Pitfalls',
    'review.kind.level': 'Level', 'review.kind.tag': 'Tags',
    'review.thrownOut': 'Thrown out: not supported by the note ({n})',
    'review.text': 'Text', 'review.english': 'English', 'review.weight': 'Weight',
  },
};

const STORAGE_KEY = 'interviewer.lang';
const listeners = new Set();
let current = initialLanguage();

function initialLanguage() {
  const saved = safeGet(STORAGE_KEY);
  if (saved === 'zh' || saved === 'en') return saved;
  const browser = (navigator.language || 'zh').toLowerCase();
  return browser.startsWith('zh') ? 'zh' : 'en';
}

function safeGet(key) {
  try { return localStorage.getItem(key); } catch { return null; }
}

export function lang() {
  return current;
}

/** The string for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = STRINGS[current][key] ?? STRINGS.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

export function setLang(next) {
  if (next !== 'zh' && next !== 'en') return;
  current = next;
  try { localStorage.setItem(STORAGE_KEY, next); } catch { /* private mode: not remembered */ }
  applyStatic(document);
  listeners.forEach((listener) => listener(next));
}

export function onLangChange(listener) {
  listeners.add(listener);
}

/** Fills elements marked data-i18n (text), data-i18n-title, data-i18n-aria and data-i18n-placeholder. */
export function applyStatic(root) {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-aria]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nAria)));
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}

/** A date in the current language. */
export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(current === 'zh' ? 'zh-CN' : 'en-GB',
    { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A compact date and time for tables and chart axes: "11/29 09:25". */
export function formatShortDate(value) {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(current === 'zh' ? 'zh-CN' : 'en-GB',
    { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function bandLabel(band) {
  return t(`grade.band.${band}`);
}
