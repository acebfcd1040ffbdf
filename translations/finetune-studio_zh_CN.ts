<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The operation ended %1.</source>
        <translation>操作以 %1 结束。</translation>
    </message>
</context>
<context>
    <name>ArmTarget</name>
    <message>
        <source>subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <source>ARM token</source>
        <translation>ARM 令牌</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Training runs in the resource&apos;s region: data stays in that region.</source>
        <translation>训练在资源所在区域运行：数据保留在该区域。</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>全局标准</translation>
    </message>
    <message>
        <source>Training may run in any Azure region, at a lower price; no data residency guarantee.</source>
        <translation>训练可在任意 Azure 区域运行，价格更低；不保证数据驻留。</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发人员</translation>
    </message>
    <message>
        <source>Lowest price for experiments; jobs may be pre-empted and resumed, no data residency guarantee.</source>
        <translation>实验价格最低；作业可能被抢占后再恢复，不保证数据驻留。</translation>
    </message>
    <message>
        <source>up to 40 characters: letters a-z and A-Z, digits, - and _</source>
        <translation>最多 40 个字符：字母 a-z 和 A-Z、数字、- 和 _</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 到 64 个字符</translation>
    </message>
    <message>
        <source>The most capable model of the family for complex skills: translation, domain adaptation, code.</source>
        <translation>该系列中能力最强的模型，适合复杂技能：翻译、领域适配、代码。</translation>
    </message>
    <message>
        <source>text, image → text</source>
        <translation>文本、图像 → 文本</translation>
    </message>
    <message>
        <source>Fast and affordable; a good first choice for focused tasks and distillation.</source>
        <translation>快速且经济；专注任务和蒸馏的首选。</translation>
    </message>
    <message>
        <source>text → text</source>
        <translation>文本 → 文本</translation>
    </message>
    <message>
        <source>The smallest and cheapest: classification, extraction, low-latency tasks.</source>
        <translation>最小、最便宜：分类、提取、低延迟任务。</translation>
    </message>
    <message>
        <source>Multimodal model of the previous generation.</source>
        <translation>上一代多模态模型。</translation>
    </message>
    <message>
        <source>Small model of the previous generation.</source>
        <translation>上一代小型模型。</translation>
    </message>
    <message>
        <source>Reasoning model; reinforcement fine-tuning with a grader.</source>
        <translation>推理模型；使用评分器进行强化微调。</translation>
    </message>
    <message>
        <source>Legacy model, kept for existing fine-tunes.</source>
        <translation>旧版模型，保留用于现有微调。</translation>
    </message>
    <message>
        <source>Published list prices as read on the as-of date; always shown as an estimate. Check the pricing page before budgeting.</source>
        <translation>按截至日期读取的公开标价；始终显示为估算值。做预算前请查看定价页面。</translation>
    </message>
    <message>
        <source>Support assistant (supervised)</source>
        <translation>客服助手（监督式）</translation>
    </message>
    <message>
        <source>32 conversations in which a shop&apos;s support assistant answers in two or three friendly sentences with the next step.</source>
        <translation>32 段对话：商店的客服助手用两三句友好的话作答，并给出下一步操作。</translation>
    </message>
    <message>
        <source>Support assistant (preferences)</source>
        <translation>客服助手（偏好）</translation>
    </message>
    <message>
        <source>22 questions, each with a helpful answer preferred over a curt one.</source>
        <translation>22 个问题，每个问题中有帮助的回答优先于简短生硬的回答。</translation>
    </message>
    <message>
        <source>Ticket triage (reinforcement)</source>
        <translation>工单分拣（强化）</translation>
    </message>
    <message>
        <source>24 customer messages to sort into one of five queues; a string-check grader compares the answer with the reference.</source>
        <translation>24 条客户消息，需分到五个队列之一；字符串检查评分器将回答与参考答案比较。</translation>
    </message>
</context>
<context>
    <name>CheckpointTableModel</name>
    <message>
        <source>Train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Valid loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Full valid loss</source>
        <translation>完整验证损失</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>训练准确度</translation>
    </message>
    <message>
        <source>Valid acc.</source>
        <translation>验证准确度</translation>
    </message>
    <message>
        <source>Full valid acc.</source>
        <translation>完整验证准确度</translation>
    </message>
    <message>
        <source>Train reward</source>
        <translation>训练奖励</translation>
    </message>
    <message>
        <source>Valid reward</source>
        <translation>验证奖励</translation>
    </message>
    <message>
        <source>Full valid reward</source>
        <translation>完整验证奖励</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1 is plain http:// on another machine: the key would travel in clear text. Use https://, or http:// on this machine only.</source>
        <translation>%1 是另一台计算机上的纯 http:// 地址：密钥将以明文传输。请使用 https://，或仅在本机使用 http://。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Local emulator</source>
        <translation>本地模拟器</translation>
    </message>
    <message>
        <source>Azure OpenAI (v1 API)</source>
        <translation>Azure OpenAI (v1 API)</translation>
    </message>
    <message>
        <source>Azure OpenAI (classic API %1)</source>
        <translation>Azure OpenAI (经典 API %1)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <source>Enter the endpoint, for example https://my-resource.openai.azure.com.</source>
        <translation>请输入终结点，例如 https://my-resource.openai.azure.com。</translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is allowed on this computer only).</source>
        <translation>终结点必须使用 https://（仅在本机允许使用纯 http://）。</translation>
    </message>
</context>
<context>
    <name>DatasetAnalyzer</name>
    <message>
        <source>This example has %1 tokens, more than the %2 that %3 trains on; the service will truncate it.</source>
        <translation>此示例有 %1 个令牌，超过了 %3 训练时使用的 %2 个；服务会将其截断。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>DatasetReport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more error(s))</source>
        <translation>
            <numerusform> (另有 %n 个错误)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetSplitter</name>
    <message>
        <source>The validation share must be between 1 and 50 %.</source>
        <translation>验证比例必须在 1 到 50% 之间。</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>The file is %1 MB; files up to %2 MB can be uploaded in one request. Use the chunked upload (Uploads API) for larger files.</source>
        <translation>文件大小为 %1 MB；单个请求最多可上传 %2 MB 的文件。较大的文件请使用分块上传 (Uploads API)。</translation>
    </message>
    <message>
        <source>The file has %1 example(s); at least %2 are required.</source>
        <translation>文件包含 %1 个示例；至少需要 %2 个。</translation>
    </message>
    <message>
        <source>The file has %1 examples; at most %2 are allowed for this method.</source>
        <translation>文件包含 %1 个示例；此方法最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The file has no byte-order mark. Azure&apos;s documentation asks for UTF-8 with BOM; the service accepts files without one.</source>
        <translation>文件没有字节顺序标记 (BOM)。Azure 文档要求使用带 BOM 的 UTF-8；服务也接受不带 BOM 的文件。</translation>
    </message>
    <message>
        <source>Blank line (ignored by the service).</source>
        <translation>空行（服务会忽略）。</translation>
    </message>
    <message>
        <source>Not valid UTF-8 at byte %1 of the line (byte 0x%2).</source>
        <translation>该行第 %1 个字节不是有效的 UTF-8（字节 0x%2）。</translation>
    </message>
    <message>
        <source>The line is not valid JSON.</source>
        <translation>该行不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Each line must be one JSON object.</source>
        <translation>每行必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>This example repeats an earlier line.</source>
        <translation>此示例与前面的某行重复。</translation>
    </message>
    <message>
        <source>Each message must be a JSON object.</source>
        <translation>每条消息必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The message has no role.</source>
        <translation>消息没有角色 (role)。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (expected system, developer, user, assistant or tool).</source>
        <translation>未知角色“%1”（应为 system、developer、user、assistant 或 tool）。</translation>
    </message>
    <message>
        <source>Preferred and non-preferred outputs may only hold assistant or tool messages.</source>
        <translation>首选和非首选输出只能包含 assistant 或 tool 消息。</translation>
    </message>
    <message>
        <source>The message has no content.</source>
        <translation>消息没有内容 (content)。</translation>
    </message>
    <message>
        <source>A text part needs a string &quot;text&quot;.</source>
        <translation>文本部分需要字符串 &quot;text&quot;。</translation>
    </message>
    <message>
        <source>An image part needs &quot;image_url&quot;: {&quot;url&quot;: ...}.</source>
        <translation>图像部分需要 &quot;image_url&quot;: {&quot;url&quot;: ...}。</translation>
    </message>
    <message>
        <source>Content parts must be of type text or image_url, not &quot;%1&quot;.</source>
        <translation>内容部分的类型必须是 text 或 image_url，而不是“%1”。</translation>
    </message>
    <message>
        <source>Content must be a string or an array of parts.</source>
        <translation>内容必须是字符串或部分数组。</translation>
    </message>
    <message>
        <source>Only assistant messages may have a weight.</source>
        <translation>只有 assistant 消息可以有权重 (weight)。</translation>
    </message>
    <message>
        <source>The weight must be 0 or 1.</source>
        <translation>权重必须为 0 或 1。</translation>
    </message>
    <message>
        <source>The name must be a string.</source>
        <translation>name 必须是字符串。</translation>
    </message>
    <message>
        <source>tool_calls must be an array.</source>
        <translation>tool_calls 必须是数组。</translation>
    </message>
    <message>
        <source>A tool call needs an id, type &quot;function&quot; and function {name, arguments as a string}.</source>
        <translation>工具调用需要 id、类型 &quot;function&quot; 以及 function {name, 字符串形式的 arguments}。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a message; the service may reject or ignore it.</source>
        <translation>消息中有未知键“%1”；服务可能会拒绝或忽略它。</translation>
    </message>
    <message>
        <source>The example needs a non-empty &quot;messages&quot; array.</source>
        <translation>示例需要非空的 &quot;messages&quot; 数组。</translation>
    </message>
    <message>
        <source>The example has no assistant message to train on (weight not 0).</source>
        <translation>示例中没有可用于训练的 assistant 消息（weight 不为 0）。</translation>
    </message>
    <message>
        <source>Every assistant message of this example has weight 0: its tokens are billed, but nothing is learned from it.</source>
        <translation>此示例的所有 assistant 消息的 weight 均为 0：其令牌会被计费，但不会从中学习任何内容。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; the service ignores or rejects it.</source>
        <translation>未知键“%1”；服务会忽略或拒绝它。</translation>
    </message>
    <message>
        <source>A DPO example needs &quot;input&quot;: {&quot;messages&quot;: [...]} with at least one message.</source>
        <translation>DPO 示例需要 &quot;input&quot;: {&quot;messages&quot;: [...]}，且至少包含一条消息。</translation>
    </message>
    <message>
        <source>tools must be an array.</source>
        <translation>tools 必须是数组。</translation>
    </message>
    <message>
        <source>parallel_tool_calls must be true or false.</source>
        <translation>parallel_tool_calls 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>A DPO example needs &quot;%1&quot;: a non-empty array of assistant messages.</source>
        <translation>DPO 示例需要 &quot;%1&quot;：一个非空的 assistant 消息数组。</translation>
    </message>
    <message>
        <source>For reinforcement fine-tuning the last message must have role &quot;user&quot;.</source>
        <translation>对于强化微调，最后一条消息的角色必须为 &quot;user&quot;。</translation>
    </message>
    <message>
        <source>The grader reads {{item.%1}}, but this example has no &quot;%1&quot;.</source>
        <translation>评分器读取 {{item.%1}}，但此示例没有 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>direct preference optimization (DPO)</source>
        <translation>直接偏好优化 (DPO)</translation>
    </message>
    <message>
        <source>reinforcement (RFT)</source>
        <translation>强化微调 (RFT)</translation>
    </message>
    <message>
        <source>supervised (SFT)</source>
        <translation>监督微调 (SFT)</translation>
    </message>
    <message>
        <source>This file looks like %1 data (%2 of %3 examples), but the training method is %4. Choose %1 as the method, or a file in the %4 format.</source>
        <translation>此文件看起来是 %1 数据 (%3 个示例中有 %2 个), 但训练方法是 %4。请选择 %1 作为方法, 或选择 %4 格式的文件。</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>An estimate from the price table of %1 (%2).</source>
        <translation>根据 %1 的价格表估算 (%2)。</translation>
    </message>
    <message>
        <source>by throughput units</source>
        <translation>按吞吐量单位</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>not from this app</source>
        <translation>未通过本应用使用</translation>
    </message>
    <message>
        <source>%1 (Developer lifetime)</source>
        <translation>%1 (开发人员层级的有效期)</translation>
    </message>
    <message>
        <source>Idle: removed %1</source>
        <translation>空闲: 将于 %1 删除</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>每小时费率</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>目前费用</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>删除日期</translation>
    </message>
</context>
<context>
    <name>DeploymentsApi</name>
    <message>
        <source>Deployments are managed through Azure Resource Manager. Add to the connection: %1.</source>
        <translation>部署通过 Azure Resource Manager 管理。请在连接中添加：%1。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
</context>
<context>
    <name>FilesApi</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Importing a file from a URL is only offered by the Azure OpenAI classic API (api-version). Download the file and upload it instead.</source>
        <translation>只有 Azure OpenAI 经典 API (api-version) 支持从 URL 导入文件。请下载该文件后再上传。</translation>
    </message>
</context>
<context>
    <name>FineTuningJobRequest</name>
    <message>
        <source>Choose the base model.</source>
        <translation>请选择基础模型。</translation>
    </message>
    <message>
        <source>The task must be chat completion or text completion.</source>
        <translation>任务必须是聊天补全或文本补全。</translation>
    </message>
    <message>
        <source>Choose the training data.</source>
        <translation>请选择训练数据。</translation>
    </message>
    <message>
        <source>The validation data is not a data asset or a datastore path.</source>
        <translation>验证数据既不是数据资产，也不是数据存储路径。</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <source>The grader</source>
        <translation>评分器</translation>
    </message>
    <message>
        <source>Grader &quot;%1&quot;</source>
        <translation>评分器“%1”</translation>
    </message>
    <message>
        <source>%1 has an unknown type &quot;%2&quot; (expected string_check, text_similarity, score_model, python, label_model or multi).</source>
        <translation>%1 的类型“%2”未知（应为 string_check、text_similarity、score_model、python、label_model 或 multi）。</translation>
    </message>
    <message>
        <source>Every grader needs a name.</source>
        <translation>每个评分器都需要名称。</translation>
    </message>
    <message>
        <source>%1 needs an input.</source>
        <translation>%1 需要输入 (input)。</translation>
    </message>
    <message>
        <source>%1 needs a reference.</source>
        <translation>%1 需要参考 (reference)。</translation>
    </message>
    <message>
        <source>%1 has operation &quot;%2&quot;; use eq, ne, like or ilike.</source>
        <translation>%1 的操作为“%2”；请使用 eq、ne、like 或 ilike。</translation>
    </message>
    <message>
        <source>%1 has evaluation metric &quot;%2&quot;, which is not one of %3.</source>
        <translation>%1 的评估指标“%2”不属于 %3。</translation>
    </message>
    <message>
        <source>%1 needs a model.</source>
        <translation>%1 需要模型。</translation>
    </message>
    <message>
        <source>%1 needs input messages.</source>
        <translation>%1 需要输入消息。</translation>
    </message>
    <message>
        <source>%1 needs labels and passing labels.</source>
        <translation>%1 需要标签和通过标签。</translation>
    </message>
    <message>
        <source>%1 has a range that is not [low, high].</source>
        <translation>%1 的范围不是 [low, high]。</translation>
    </message>
    <message>
        <source>%1 needs Python source code.</source>
        <translation>%1 需要 Python 源代码。</translation>
    </message>
    <message>
        <source>%1&apos;s source must define grade(sample, item).</source>
        <translation>%1 的源代码必须定义 grade(sample, item)。</translation>
    </message>
    <message>
        <source>%1 combines no graders.</source>
        <translation>%1 未组合任何评分器。</translation>
    </message>
    <message>
        <source>%1 needs a calculate_output formula.</source>
        <translation>%1 需要 calculate_output 公式。</translation>
    </message>
    <message>
        <source>%1 nests a multi grader, which is not allowed.</source>
        <translation>%1 嵌套了 multi 评分器，这是不允许的。</translation>
    </message>
</context>
<context>
    <name>GraderDataCheck</name>
    <message>
        <source>%1 of %2 examples have no field &quot;%3&quot; (first on line %4), which the grader reads as {{item.%3}}.</source>
        <translation>%2 个示例中有 %1 个没有字段 &quot;%3&quot; (首次出现在第 %4 行), 而评分器以 {{item.%3}} 读取它。</translation>
    </message>
    <message>
        <source>In %1 of %2 examples the field &quot;%3&quot; is an object or a list (first on line %4); the grader reads it as text.</source>
        <translation>%2 个示例中有 %1 个的字段 &quot;%3&quot; 是对象或列表 (首次出现在第 %4 行); 评分器将其作为文本读取。</translation>
    </message>
    <message>
        <source>The data file cannot be read: %1</source>
        <translation>无法读取数据文件: %1</translation>
    </message>
    <message>
        <source>The data file holds no examples to check the grader against.</source>
        <translation>数据文件中没有可用来检查评分器的示例。</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Validating files</source>
        <translation>正在验证文件</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>正在暂停</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>监督式</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>Reinforcement</source>
        <translation>强化</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(无后缀)</translation>
    </message>
    <message>
        <source>done in about %1</source>
        <translation>约 %1 后完成</translation>
    </message>
    <message>
        <source>The service reported the status &quot;%1&quot;, which this version does not know.</source>
        <translation>服务报告了状态“%1”，此版本无法识别。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Model / suffix</source>
        <translation>模型 / 后缀</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>已训练令牌数</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
</context>
<context>
    <name>JobsApi</name>
    <message>
        <source>Copying a checkpoint to another resource is an Azure OpenAI v1 preview feature.</source>
        <translation>将检查点复制到另一个资源是 Azure OpenAI v1 预览功能。</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The JSON text is larger than %1 bytes.</source>
        <translation>JSON 文本大于 %1 字节。</translation>
    </message>
    <message>
        <source>The JSON text nests arrays and objects deeper than %1 levels.</source>
        <translation>JSON 文本中数组和对象的嵌套深度超过 %1 层。</translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Full validation loss (per epoch)</source>
        <translation>完整验证损失（每纪元）</translation>
    </message>
    <message>
        <source>Mean token accuracy</source>
        <translation>平均令牌准确度</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确度</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确度</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确度</translation>
    </message>
    <message>
        <source>Full validation accuracy (per epoch)</source>
        <translation>完整验证准确度（每纪元）</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Mean reward</source>
        <translation>平均奖励</translation>
    </message>
    <message>
        <source>Training reward</source>
        <translation>训练奖励</translation>
    </message>
    <message>
        <source>Validation reward</source>
        <translation>验证奖励</translation>
    </message>
    <message>
        <source>Full validation reward (per epoch)</source>
        <translation>完整验证奖励（每纪元）</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推理令牌</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Reasoning tokens (mean)</source>
        <translation>推理令牌（平均）</translation>
    </message>
    <message>
        <source>Completion tokens (mean)</source>
        <translation>补全令牌（平均）</translation>
    </message>
    <message>
        <source>Parse errors</source>
        <translation>解析错误</translation>
    </message>
    <message>
        <source>Rate / count</source>
        <translation>比率 / 计数</translation>
    </message>
    <message>
        <source>Full validation parse error rate</source>
        <translation>完整验证解析错误率</translation>
    </message>
    <message>
        <source>Unresponsive rewards (mean)</source>
        <translation>无响应奖励（平均）</translation>
    </message>
    <message>
        <source>Grader %1: sample parse errors</source>
        <translation>评分器 %1：样本解析错误</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>The %1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 有 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The %1 must start with a letter or a digit.</source>
        <translation>%1 必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits, &apos;-&apos; and &apos;_&apos;; &apos;%2&apos; is not allowed.</source>
        <translation>%1 只能包含字母、数字、&apos;-&apos; 和 &apos;_&apos;；不允许使用 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>job name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <source>data asset name</source>
        <translation>数据资产名称</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>marketplace subscription name</source>
        <translation>Marketplace 订阅名称</translation>
    </message>
    <message>
        <source>The data asset version is empty.</source>
        <translation>数据资产版本为空。</translation>
    </message>
    <message>
        <source>The data asset version has %1 characters; at most %2 are allowed.</source>
        <translation>数据资产版本有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The data asset version may not contain spaces or &apos;/&apos;, &apos;\&apos;, &apos;?&apos;, &apos;#&apos;, &apos;%&apos;.</source>
        <translation>数据资产版本不能包含空格或 &apos;/&apos;、&apos;\&apos;、&apos;?&apos;、&apos;#&apos;、&apos;%&apos;。</translation>
    </message>
    <message>
        <source>The endpoint name is empty.</source>
        <translation>终结点名称为空。</translation>
    </message>
    <message>
        <source>The endpoint name has %1 characters; at most %2 are allowed.</source>
        <translation>终结点名称有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The endpoint name must start with a letter.</source>
        <translation>终结点名称必须以字母开头。</translation>
    </message>
    <message>
        <source>The endpoint name may contain only letters, digits and &apos;-&apos;; &apos;%1&apos; is not allowed.</source>
        <translation>终结点名称只能包含字母、数字和 &apos;-&apos;；不允许使用 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>NumberRange</name>
    <message>
        <source>%1 and ≤ %2</source>
        <translation>%1 且 ≤ %2</translation>
    </message>
</context>
<context>
    <name>OpenModel</name>
    <message>
        <source>%1 cannot be fine-tuned serverless in any region.</source>
        <translation>%1 在任何区域都无法进行无服务器微调。</translation>
    </message>
    <message>
        <source>%1 can be fine-tuned only in %2</source>
        <translation>%1 只能在 %2 中微调</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The service&apos;s list does not advance: page %1 says there is more but gives a cursor it gave before.</source>
        <translation>服务的列表没有前进：第 %1 页表示还有更多，但给出的游标之前已经给过。</translation>
    </message>
    <message>
        <source>The service&apos;s list does not end: it still says there is more after %1 pages.</source>
        <translation>服务的列表没有结束：%1 页之后仍表示还有更多。</translation>
    </message>
</context>
<context>
    <name>PathSegment</name>
    <message>
        <source>1 to 256 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or a digit.</source>
        <translation>1 到 256 个字母、数字、&apos;-&apos; 或 &apos;_&apos;，以字母或数字开头。</translation>
    </message>
    <message>
        <source>1 to 256 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;:&apos;, starting with a letter or a digit.</source>
        <translation>1 到 256 个字母、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; 或 &apos;:&apos;，以字母或数字开头。</translation>
    </message>
    <message>
        <source>2 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or a digit.</source>
        <translation>2 到 64 个字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;，以字母或数字开头。</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits or &apos;-&apos; (a subscription id is a GUID).</source>
        <translation>1 到 64 个字母、数字或 &apos;-&apos;（订阅 ID 是一个 GUID）。</translation>
    </message>
    <message>
        <source>1 to 90 letters, digits, &apos;_&apos;, &apos;(&apos;, &apos;)&apos;, &apos;-&apos; or &apos;.&apos;, not ending with &apos;.&apos;.</source>
        <translation>1 到 90 个字母、数字、&apos;_&apos;、&apos;(&apos;、&apos;)&apos;、&apos;-&apos; 或 &apos;.&apos;，不能以 &apos;.&apos; 结尾。</translation>
    </message>
    <message>
        <source>file id</source>
        <translation>文件 ID</translation>
    </message>
    <message>
        <source>fine-tuning job id</source>
        <translation>微调作业 ID</translation>
    </message>
    <message>
        <source>checkpoint id</source>
        <translation>检查点 ID</translation>
    </message>
    <message>
        <source>upload id</source>
        <translation>上传 ID</translation>
    </message>
    <message>
        <source>model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>deployment name</source>
        <translation>部署名称</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>帐户名称</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is a relative path (&apos;.&apos; or &apos;..&apos;), not a name.</source>
        <translation>%1“%2”是相对路径（&apos;.&apos; 或 &apos;..&apos;），不是名称。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a path separator (&apos;/&apos; or &apos;\&apos;).</source>
        <translation>%1“%2”包含路径分隔符（&apos;/&apos; 或 &apos;\&apos;）。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a control character.</source>
        <translation>%1“%2”包含控制字符。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: %3</source>
        <translation>%1“%2”无效：%3</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>RFT</source>
        <translation>RFT</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>The file has no &quot;step&quot; column.</source>
        <translation>文件没有 &quot;step&quot; 列。</translation>
    </message>
    <message>
        <source>Line %1: the step is not a number.</source>
        <translation>第 %1 行：step 不是数字。</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a number.</source>
        <translation>第 %1 行第 %2 列：“%3”不是数字。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>SuffixRule</name>
    <message>
        <source>The suffix has %1 characters; at most %2 are allowed.</source>
        <translation>后缀有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The suffix must be %1.</source>
        <translation>后缀必须符合：%1。</translation>
    </message>
</context>
<context>
    <name>TaskParameters</name>
    <message>
        <source>%1 must be %2; %3 is not.</source>
        <translation>%1 必须为 %2；%3 不在此范围内。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate multiplier</source>
        <translation>学习率乘数</translation>
    </message>
    <message>
        <source>Number of epochs</source>
        <translation>纪元数</translation>
    </message>
    <message>
        <source>%1 is set twice: as a task parameter and as a custom key.</source>
        <translation>%1 被设置了两次：既作为任务参数，又作为自定义键。</translation>
    </message>
    <message>
        <source>A custom parameter has no name.</source>
        <translation>有一个自定义参数没有名称。</translation>
    </message>
</context>
<context>
    <name>TokenizerChoice</name>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Exact: counted with %1&apos;s own tokenizer (%2); special tokens are not included.</source>
        <translation>精确：使用 %1 自己的分词器（%2）计数；不含特殊令牌。</translation>
    </message>
    <message>
        <source>Estimate: %1 tokens × %2, rounded up; %3 uses a tokenizer this app does not have (%4).</source>
        <translation>估算：%1 令牌数 × %2，向上取整；%3 使用本应用没有的分词器（%4）。</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>The service answered with something that is not a JSON object.</source>
        <translation>服务返回的内容不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The service answered with an object that has no usable id.</source>
        <translation>服务返回的对象没有可用的 id。</translation>
    </message>
    <message>
        <source>The service answered with a list that is not a list of objects.</source>
        <translation>服务返回的列表不是对象列表。</translation>
    </message>
    <message>
        <source>The service answered with something that is not a deployment.</source>
        <translation>服务返回的内容不是部署。</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>Permission to write there is denied.</source>
        <translation>没有在该位置写入的权限。</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>磁盘为只读。</translation>
    </message>
    <message>
        <source>The disk reported an error: %1.</source>
        <translation>磁盘报告了错误：%1。</translation>
    </message>
    <message>
        <source>%1 could not be saved. %2</source>
        <translation>无法保存 %1。%2</translation>
    </message>
</context>
<context>
    <name>ft::api::ArmOperation</name>
    <message>
        <source>The operation did not finish within %1 s (last state: %2).</source>
        <translation>操作未在 %1 秒内完成（最后状态：%2）。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The operation status is not a JSON object with a status.</source>
        <translation>操作状态不是带有 status 的 JSON 对象。</translation>
    </message>
    <message>
        <source>The operation did not finish in time.</source>
        <translation>操作未能按时完成。</translation>
    </message>
</context>
<context>
    <name>ft::api::AutoDeployQueue</name>
    <message>
        <source>The job did not succeed.</source>
        <translation>作业未成功。</translation>
    </message>
</context>
<context>
    <name>ft::api::ChunkedUploader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The completed upload has no file.</source>
        <translation>已完成的上传中没有文件。</translation>
    </message>
</context>
<context>
    <name>ft::api::FileUploader</name>
    <message>
        <source>The service could not process %1: %2</source>
        <translation>服务无法处理 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 was deleted before the service processed it.</source>
        <translation>文件 %1 在服务处理完成之前已被删除。</translation>
    </message>
    <message>
        <source>The service is still processing %1.</source>
        <translation>服务仍在处理 %1。</translation>
    </message>
</context>
<context>
    <name>ft::api::FineTuneSubmitter</name>
    <message>
        <source>Splitting needs the training data as a local file.</source>
        <translation>拆分需要训练数据为本地文件。</translation>
    </message>
    <message>
        <source>Splitting the training file</source>
        <translation>正在拆分训练文件</translation>
    </message>
    <message>
        <source>Creating the fine-tuning job</source>
        <translation>正在创建微调作业</translation>
    </message>
    <message>
        <source>Creating the fine-tuning job (again after: %1)</source>
        <translation>正在重新创建微调作业（原因：%1）</translation>
    </message>
    <message>
        <source>Waiting for the service to process the validation file</source>
        <translation>正在等待服务处理验证文件</translation>
    </message>
    <message>
        <source>Waiting for the service to process the training file</source>
        <translation>正在等待服务处理训练文件</translation>
    </message>
    <message>
        <source>No validation file was chosen.</source>
        <translation>未选择验证文件。</translation>
    </message>
    <message>
        <source>No training file was chosen.</source>
        <translation>未选择训练文件。</translation>
    </message>
    <message>
        <source>The validation file %1 cannot be read.</source>
        <translation>无法读取验证文件 %1。</translation>
    </message>
    <message>
        <source>The training file %1 cannot be read.</source>
        <translation>无法读取训练文件 %1。</translation>
    </message>
    <message>
        <source>Uploading the validation file %1</source>
        <translation>正在上传验证文件 %1</translation>
    </message>
    <message>
        <source>Uploading the training file %1</source>
        <translation>正在上传训练文件 %1</translation>
    </message>
    <message>
        <source>Importing the validation file from %1</source>
        <translation>正在从 %1 导入验证文件</translation>
    </message>
    <message>
        <source>Importing the training file from %1</source>
        <translation>正在从 %1 导入训练文件</translation>
    </message>
    <message>
        <source>No validation data was chosen.</source>
        <translation>未选择验证数据。</translation>
    </message>
    <message>
        <source>No training data was chosen.</source>
        <translation>未选择训练数据。</translation>
    </message>
</context>
<context>
    <name>ft::api::PendingCall</name>
    <message>
        <source>The request body could not be prepared.</source>
        <translation>无法准备请求正文。</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB; it was refused.</source>
        <translation>响应大于 %1 MB，已拒绝。</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服务未及时响应。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>无法与 %1 建立安全连接：%2</translation>
    </message>
    <message>
        <source>The call did not finish within %1 seconds.</source>
        <translation>调用未在 %1 秒内完成。</translation>
    </message>
</context>
<context>
    <name>ft::control::Conversation</name>
    <message>
        <source>There is no connection.</source>
        <translation>没有连接。</translation>
    </message>
</context>
<context>
    <name>ft::control::JobController</name>
    <message>
        <source>The model %1 was deleted.</source>
        <translation>模型 %1 已删除。</translation>
    </message>
    <message>
        <source>This model cannot be deployed: the service&apos;s safety evaluation found content above the accepted level for %1.</source>
        <translation>无法部署此模型: 服务的安全评估发现 %1 方面的内容超出可接受级别。</translation>
    </message>
</context>
<context>
    <name>ft::control::Session</name>
    <message>
        <source>There is no connection.</source>
        <translation>没有连接。</translation>
    </message>
    <message>
        <source>Fine-tuned from %1 (job %2)</source>
        <translation>从 %1 微调（作业 %2）</translation>
    </message>
    <message>
        <source>Checkpoint at step %1</source>
        <translation>第 %1 步的检查点</translation>
    </message>
    <message>
        <source>%1: checkpoint at step %2 of job %3</source>
        <translation>%1: 作业 %3 第 %2 步的检查点</translation>
    </message>
</context>
<context>
    <name>ft::core::Safety</name>
    <message>
        <source>Hate and fairness</source>
        <translation>仇恨与公平性</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>仇恨</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>公平性</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>自残</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>暴力</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>色情</translation>
    </message>
</context>
<context>
    <name>ft::ui::AutoDeployPage</name>
    <message>
        <source>&amp;Off: deploy it later from the dashboard</source>
        <translation>关闭(&amp;O)：稍后从仪表板部署</translation>
    </message>
    <message>
        <source>&amp;Global Standard</source>
        <translation>全局标准(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation>开发人员(&amp;D)</translation>
    </message>
    <message>
        <source>Auto-deploy</source>
        <translation>自动部署</translation>
    </message>
    <message>
        <source>Deploy the fine-tuned model as soon as the job succeeds.</source>
        <translation>作业成功后立即部署微调模型。</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>部署名称</translation>
    </message>
    <message>
        <source>Hosting a deployment is billed by the hour, whether it is used or not; a deployment of a fine-tuned model that is unused for 15 days is removed by the service.</source>
        <translation>托管部署按小时计费，无论是否使用；微调模型的部署如果 15 天未使用，将被服务删除。</translation>
    </message>
    <message>
        <source>      Global capacity, the usual choice for production.</source>
        <translation>      全局容量，生产环境的常用选择。</translation>
    </message>
    <message>
        <source>      For evaluation: low cost, no latency guarantees.</source>
        <translation>      用于评估：成本低，无延迟保证。</translation>
    </message>
    <message>
        <source>Deployments are made through Azure Resource Manager. To deploy automatically, add to the connection: %1.</source>
        <translation>部署通过 Azure Resource Manager 创建。若要自动部署，请在连接中添加：%1。</translation>
    </message>
    <message>
        <source>2 to 64 characters: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>2 到 64 个字符：字母、数字、“-”、“_”和“.”，以字母或数字开头。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Auto-deploy&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When the job succeeds, Fine-Tune Studio creates a deployment of the new model with the name and type you choose here, so it is ready to try in the playground. Hosting is billed by the hour while a deployment exists.&lt;/p&gt;&lt;p&gt;It needs the connection&apos;s Azure Resource Manager target (Connections dialog).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;自动部署&lt;/b&gt;&lt;/p&gt;&lt;p&gt;作业成功后，Fine-Tune Studio 会使用你在此处选择的名称和类型为新模型创建部署，以便直接在操场中试用。部署存在期间，托管按小时计费。&lt;/p&gt;&lt;p&gt;此功能需要连接的 Azure Resource Manager 目标（“连接”对话框）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deployment na&amp;me:</source>
        <translation>部署名称(&amp;M)：</translation>
    </message>
    <message>
        <source>No deployment now; deploy from the job&apos;s page later.</source>
        <translation>现在不部署；稍后从作业页面部署。</translation>
    </message>
    <message>
        <source>A Global Standard deployment, billed per token.</source>
        <translation>全局标准部署，按令牌计费。</translation>
    </message>
    <message>
        <source>A Developer deployment: cheapest, for trying the model out.</source>
        <translation>开发人员部署：成本最低，适合试用模型。</translation>
    </message>
</context>
<context>
    <name>ft::ui::CheckReportWidget</name>
    <message>
        <source>Save a copy with a byte-order &amp;mark…</source>
        <translation>保存带字节顺序标记的副本(&amp;M)…</translation>
    </message>
    <message>
        <source>Findings of the dataset check</source>
        <translation>数据集检查结果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>不到 %1</translation>
    </message>
    <message>
        <source>%1 examples · %2 tokens (per example: median %3, p95 %4, max %5)</source>
        <translation>%1 个示例 · %2 个令牌（每个示例：中位数 %3，p95 %4，最大 %5）</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) exceed the limit of %1 tokens and will be truncated.</source>
        <translation>
            <numerusform>%n 个示例超出了 %1 个令牌的限制，将被截断。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 epochs%2 · %3 billed tokens</source>
        <translation>%1 个纪元%2 · %3 个计费令牌</translation>
    </message>
    <message>
        <source> (the service&apos;s choice)</source>
        <translation> (由服务选择)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost:&lt;/b&gt; billed by training time at %1 per hour (%2). Prices as of %3.</source>
        <translation>&lt;b&gt;预估成本：&lt;/b&gt;按训练时间计费，每小时 %1 (%2)。价格截至 %3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost:&lt;/b&gt; %1 (%2 at %3 per million tokens; prices as of %4 — an estimate, check the pricing page).</source>
        <translation>&lt;b&gt;预估成本：&lt;/b&gt;%1（%2，每百万令牌 %3；价格截至 %4 — 仅为估算，请查看定价页面）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n error(s)&lt;/b&gt; must be fixed before this file can be used.</source>
        <translation>
            <numerusform>必须先修复 &lt;b&gt;%n 个错误&lt;/b&gt;，才能使用此文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n 个警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No errors.&lt;/b&gt; %n warning(s) worth a look.</source>
        <translation>
            <numerusform>&lt;b&gt;没有错误。&lt;/b&gt;%n 个警告值得一看。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No errors.&lt;/b&gt; The file is ready.</source>
        <translation>&lt;b&gt;没有错误。&lt;/b&gt;文件已就绪。</translation>
    </message>
    <message>
        <source>What the check found, with line numbers; errors block Next.</source>
        <translation>检查发现的问题及其行号；有错误时无法进入“下一步”。</translation>
    </message>
    <message>
        <source>Writes a copy of the file that starts with a UTF-8 byte-order mark, as Azure&apos;s documentation asks.</source>
        <translation>按照 Azure 文档的要求，写入一份以 UTF-8 字节顺序标记开头的文件副本。</translation>
    </message>
</context>
<context>
    <name>ft::ui::CheckpointsView</name>
    <message>
        <source>Deploy this chec&amp;kpoint…</source>
        <translation>部署此检查点(&amp;K)…</translation>
    </message>
    <message>
        <source>Fine-tune from this checkpo&amp;int…</source>
        <translation>从此检查点微调(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy &amp;to another resource…</source>
        <translation>复制到其他资源(&amp;T)…</translation>
    </message>
    <message>
        <source>The checkpoints of the job with their metrics; deploy one or fine-tune from it.</source>
        <translation>作业的检查点及其指标；可部署某个检查点，或从中进行微调。</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Copying checkpoints is an Azure OpenAI v1 preview feature.</source>
        <translation>复制检查点是 Azure OpenAI v1 预览功能。</translation>
    </message>
</context>
<context>
    <name>ft::ui::CompareView</name>
    <message>
        <source>Runs to compare</source>
        <translation>要比较的运行</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Full validation loss</source>
        <translation>完整验证损失</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确度</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确度</translation>
    </message>
    <message>
        <source>Training reward</source>
        <translation>训练奖励</translation>
    </message>
    <message>
        <source>Full validation reward</source>
        <translation>完整验证奖励</translation>
    </message>
    <message>
        <source>Check the runs to overlay:</source>
        <translation>勾选要叠加显示的运行：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Open a results file</source>
        <translation>打开结果文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The results of %1 could not be loaded: %2</source>
        <translation>无法加载 %1 的结果：%2</translation>
    </message>
    <message>
        <source>Check two or more runs to compare them.</source>
        <translation>勾选两个或更多运行以进行比较。</translation>
    </message>
    <message>
        <source>%1 by run</source>
        <translation>%1（按运行）</translation>
    </message>
    <message>
        <source>&amp;Add a results.csv file…</source>
        <translation>添加 results.csv 文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Tick the runs to draw; their results.csv files are fetched once and cached.</source>
        <translation>勾选要绘制的运行；其 results.csv 文件只获取一次并缓存。</translation>
    </message>
    <message>
        <source>The metric drawn for every run in the chart.</source>
        <translation>图表中为每个运行绘制的指标。</translation>
    </message>
    <message>
        <source>Adds a results.csv from this computer to the comparison.</source>
        <translation>将本机上的 results.csv 添加到比较中。</translation>
    </message>
</context>
<context>
    <name>ft::ui::ConnectionsDialog</name>
    <message>
        <source>Get from Azure &amp;CLI</source>
        <translation>从 Azure CLI 获取(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Azure OpenAI (v1 API)</source>
        <translation>Azure OpenAI (v1 API)</translation>
    </message>
    <message>
        <source>Azure OpenAI (classic API with api-version)</source>
        <translation>Azure OpenAI (带 api-version 的经典 API)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Microsoft Entra token (Bearer)</source>
        <translation>Microsoft Entra 令牌 (Bearer)</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation>保存在系统密钥链中，绝不写入文件</translation>
    </message>
    <message>
        <source>Runs az account get-access-token</source>
        <translation>运行 az account get-access-token</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed.</source>
        <translation>未安装 Azure CLI (az)。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>终结点(&amp;E)：</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Key or token:</source>
        <translation>密钥或令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Deployments (Azure Resource Manager, optional)</source>
        <translation>部署（Azure Resource Manager，可选）</translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation>订阅(&amp;B)：</translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation>资源组(&amp;G)：</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>帐户(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use this connection</source>
        <translation>使用此连接(&amp;U)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>The built-in emulator: it runs on this computer, needs no key and keeps its data in the app&apos;s data folder.</source>
        <translation>内置模拟器：在本机运行，无需密钥，数据保存在应用的数据文件夹中。</translation>
    </message>
    <message>
        <source>Read from the environment (AZURE_OPENAI_ENDPOINT / AZURE_OPENAI_API_KEY or OPENAI_API_KEY).</source>
        <translation>从环境变量读取（AZURE_OPENAI_ENDPOINT / AZURE_OPENAI_API_KEY 或 OPENAI_API_KEY）。</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>已存储 — 输入内容以替换</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the service lists %n model(s), %1 of them fine-tunable here.</source>
        <translation>
            <numerusform>已连接：服务列出了 %n 个模型，其中 %1 个可在此微调。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the key or token first.</source>
        <translation>请先输入密钥或令牌。</translation>
    </message>
    <message>
        <source>Asking the Azure CLI for a token…</source>
        <translation>正在向 Azure CLI 请求令牌…</translation>
    </message>
    <message>
        <source>The Azure CLI gave no token: %1. Run az login first.</source>
        <translation>Azure CLI 未提供令牌：%1。请先运行 az login。</translation>
    </message>
    <message>
        <source>Got an ARM token from the Azure CLI.</source>
        <translation>已从 Azure CLI 获取 ARM 令牌。</translation>
    </message>
    <message>
        <source>Authenticat&amp;ion:</source>
        <translation>身份验证(&amp;I)：</translation>
    </message>
    <message>
        <source>AR&amp;M token:</source>
        <translation>ARM 令牌(&amp;M)：</translation>
    </message>
    <message>
        <source>Your connections; the built-in emulator and those from the environment are read-only.</source>
        <translation>你的连接；内置模拟器和来自环境变量的连接为只读。</translation>
    </message>
    <message>
        <source>A name of your choice, shown in the title bar.</source>
        <translation>自选的名称，显示在标题栏中。</translation>
    </message>
    <message>
        <source>Which service and API the endpoint speaks.</source>
        <translation>终结点所使用的服务和 API。</translation>
    </message>
    <message>
        <source>An API key, or a Microsoft Entra bearer token.</source>
        <translation>API 密钥，或 Microsoft Entra 持有者令牌。</translation>
    </message>
    <message>
        <source>The subscription ID of the account, for deployments.</source>
        <translation>帐户的订阅 ID，用于部署。</translation>
    </message>
    <message>
        <source>The resource group of the account, for deployments.</source>
        <translation>帐户的资源组，用于部署。</translation>
    </message>
    <message>
        <source>The Azure OpenAI (Cognitive Services) account name, for deployments.</source>
        <translation>Azure OpenAI (Cognitive Services) 帐户名称，用于部署。</translation>
    </message>
    <message>
        <source>Removes the selected connection and its stored secrets.</source>
        <translation>删除所选连接及其存储的机密。</translation>
    </message>
    <message>
        <source>Adds a new connection profile.</source>
        <translation>添加新的连接配置文件。</translation>
    </message>
    <message>
        <source>Lists the models of the service to check the endpoint and the key.</source>
        <translation>列出服务的模型，以检查终结点和密钥。</translation>
    </message>
    <message>
        <source>Switches the app to the selected connection.</source>
        <translation>将应用切换到所选连接。</translation>
    </message>
    <message>
        <source>Keeps the changes and closes the dialog.</source>
        <translation>保留更改并关闭对话框。</translation>
    </message>
    <message>
        <source>kept for this session only — type to replace</source>
        <translation>仅在本次会话中保留 — 输入内容以替换</translation>
    </message>
</context>
<context>
    <name>ft::ui::DashboardTabs</name>
    <message>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>Data fi&amp;les</source>
        <translation>数据文件(&amp;L)</translation>
    </message>
    <message>
        <source>Play&amp;ground</source>
        <translation>操场(&amp;G)</translation>
    </message>
    <message>
        <source>Compare &amp;runs</source>
        <translation>比较运行(&amp;R)</translation>
    </message>
    <message>
        <source>Your fine-tuning jobs and the details of the selected one.</source>
        <translation>你的微调作业以及所选作业的详细信息。</translation>
    </message>
    <message>
        <source>The deployments of the connection&apos;s Azure account.</source>
        <translation>连接的 Azure 帐户中的部署。</translation>
    </message>
    <message>
        <source>The files on the resource: training, validation and results files.</source>
        <translation>资源上的文件：训练文件、验证文件和结果文件。</translation>
    </message>
    <message>
        <source>Chat with a deployment, and compare two side by side.</source>
        <translation>与部署聊天，并可并排比较两个部署。</translation>
    </message>
    <message>
        <source>The metrics of several runs in one chart.</source>
        <translation>在一个图表中显示多个运行的指标。</translation>
    </message>
</context>
<context>
    <name>ft::ui::DataPage</name>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>A JSONL file of examples. A local file is checked on this computer first — errors with line numbers, tokens and an estimate of the cost — then uploaded.</source>
        <translation>示例的 JSONL 文件。本地文件会先在本机检查（带行号的错误、令牌数和成本估算），然后上传。</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>验证数据</translation>
    </message>
    <message>
        <source>Optional examples the model does not train on, to measure how well it generalises.</source>
        <translation>可选的示例，模型不在其上训练，用于衡量模型的泛化能力。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training data&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A JSONL file: one example per line, in the format of the method (chat messages for SFT, preferred and non-preferred answers for DPO, messages and reference fields for RFT).&lt;/p&gt;&lt;p&gt;Use a file already on the resource, upload one from this computer (Browse… or drop it on the page) or import one from a URL. A local file is checked first: errors are listed with line numbers and block Next; the token count and cost estimate are shown. Files above %1 MB go through the resumable chunked upload.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;训练数据&lt;/b&gt;&lt;/p&gt;&lt;p&gt;JSONL 文件：每行一个示例，格式取决于训练方法（SFT 为聊天消息，DPO 为首选和非首选回答，RFT 为消息和参考字段）。&lt;/p&gt;&lt;p&gt;可以使用资源上已有的文件、从本机上传文件（“浏览…”或将文件拖放到页面上），或从 URL 导入文件。本地文件会先经过检查：错误会连同行号一起列出，并阻止进入“下一步”；同时显示令牌数和成本估算。超过 %1 MB 的文件通过可恢复的分块上传进行上传。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Validation data&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Examples the model does not train on: the service measures loss and accuracy on them as training goes, which shows whether the model generalises or only memorises. Use an existing file, upload or import one, or split a share off the training file (with a seed, so the split can be repeated).&lt;/p&gt;&lt;p&gt;Required for reinforcement fine-tuning.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;验证数据&lt;/b&gt;&lt;/p&gt;&lt;p&gt;模型不在其上训练的示例：训练过程中，服务会在这些示例上测量损失和准确度，从而显示模型是在泛化还是仅在记忆。可以使用现有文件、上传或导入文件，或者从训练文件中拆分出一部分（使用种子，以便可重复拆分）。&lt;/p&gt;&lt;p&gt;强化微调必须提供验证数据。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::DataSourceWidget</name>
    <message>
        <source>File on the &amp;resource</source>
        <translation>资源上的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Upload a local file</source>
        <translation>上传本地文件(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import from a URL</source>
        <translation>从 URL 导入(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;plit off training data</source>
        <translation>从训练数据中拆分(&amp;P)</translation>
    </message>
    <message>
        <source>No validation data: the service reports training loss only. Validation data shows whether the model generalises or over-fits.</source>
        <translation>没有验证数据：服务仅报告训练损失。验证数据可显示模型是泛化良好还是过拟合。</translation>
    </message>
    <message>
        <source>Files on the resource</source>
        <translation>资源上的文件</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>https://… (a SAS URL of a blob, or any URL the service can read)</source>
        <translation>https://…（blob 的 SAS URL，或服务可读取的任何 URL）</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L)：</translation>
    </message>
    <message>
        <source>The service downloads the file itself; it appears on the resource when done.</source>
        <translation>服务会自行下载该文件；完成后文件将出现在资源上。</translation>
    </message>
    <message>
        <source>Importing from a URL is offered by the Azure OpenAI classic API only. Download the file and upload it instead, or connect with the classic API.</source>
        <translation>只有 Azure OpenAI 经典 API 支持从 URL 导入。请下载文件后再上传，或使用经典 API 连接。</translation>
    </message>
    <message>
        <source>Only the Azure OpenAI classic API imports from a URL.</source>
        <translation>只有 Azure OpenAI 经典 API 支持从 URL 导入。</translation>
    </message>
    <message>
        <source>Reinforcement fine-tuning needs validation data.</source>
        <translation>强化微调需要验证数据。</translation>
    </message>
    <message>
        <source>Splitting needs the training data as a local file.</source>
        <translation>拆分需要训练数据为本地文件。</translation>
    </message>
    <message>
        <source>The local training file is split with the job&apos;s seed, so the same seed gives the same split; both parts are checked and uploaded on Submit.</source>
        <translation>本地训练文件按作业的种子拆分，相同的种子得到相同的拆分结果；两部分都会在提交时检查并上传。</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2，%3，%4</translation>
    </message>
    <message>
        <source>Choose the training data.</source>
        <translation>请选择训练数据。</translation>
    </message>
    <message>
        <source>Choose a file on the resource.</source>
        <translation>请选择资源上的文件。</translation>
    </message>
    <message>
        <source>Importing from a URL needs the Azure OpenAI classic API.</source>
        <translation>从 URL 导入需要 Azure OpenAI 经典 API。</translation>
    </message>
    <message>
        <source>Enter the URL of the file.</source>
        <translation>请输入文件的 URL。</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>无(&amp;O)</translation>
    </message>
    <message>
        <source>Share held out for &amp;validation:</source>
        <translation>留作验证的比例(&amp;V)：</translation>
    </message>
    <message>
        <source>Train without validation data (not for reinforcement fine-tuning).</source>
        <translation>不使用验证数据进行训练（不适用于强化微调）。</translation>
    </message>
    <message>
        <source>A file already uploaded to this resource.</source>
        <translation>已上传到此资源的文件。</translation>
    </message>
    <message>
        <source>A JSONL file on this computer: checked here, then uploaded.</source>
        <translation>本机上的 JSONL 文件：先在本机检查，然后上传。</translation>
    </message>
    <message>
        <source>The service fetches the file from a URL (Azure classic API).</source>
        <translation>服务从 URL 获取文件（Azure 经典 API）。</translation>
    </message>
    <message>
        <source>A share of the training file becomes the validation file.</source>
        <translation>训练文件中的一部分将作为验证文件。</translation>
    </message>
    <message>
        <source>This share of the training examples becomes the validation file (chosen with the seed).</source>
        <translation>训练示例中的这一比例将成为验证文件（按种子选取）。</translation>
    </message>
</context>
<context>
    <name>ft::ui::DeployDialog</name>
    <message>
        <source>&amp;Advanced: deploy from another account or tenant</source>
        <translation>高级(&amp;A)：从其他帐户或租户部署</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>部署 %1</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>全局标准</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发人员</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>预配</translation>
    </message>
    <message>
        <source>a bearer token of the source tenant; kept in memory only</source>
        <translation>源租户的持有者令牌；仅保存在内存中</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Deployment &amp;name:</source>
        <translation>部署名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Deployment &amp;type:</source>
        <translation>部署类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>Source subscription:</source>
        <translation>源订阅：</translation>
    </message>
    <message>
        <source>Source resource group:</source>
        <translation>源资源组：</translation>
    </message>
    <message>
        <source>Source account:</source>
        <translation>源帐户：</translation>
    </message>
    <message>
        <source>Source tenant token:</source>
        <translation>源租户令牌：</translation>
    </message>
    <message>
        <source>Hosting is billed by the hour while the deployment exists; a deployment of a fine-tuned model that stays unused for 15 days is removed.</source>
        <translation>部署存在期间按小时计费托管费用；微调模型的部署如果 15 天未使用，将被删除。</translation>
    </message>
    <message>
        <source>Deployments are made through Azure Resource Manager. Open Connections and add: %1.</source>
        <translation>部署通过 Azure Resource Manager 创建。请打开“连接”并添加：%1。</translation>
    </message>
    <message>
        <source>The name needs 2 to 64 characters: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>名称需要 2 到 64 个字符：字母、数字、“-”、“_”和“.”。</translation>
    </message>
    <message>
        <source>Sending the deployment…</source>
        <translation>正在发送部署…</translation>
    </message>
    <message>
        <source>The deployment was refused: %1</source>
        <translation>部署被拒绝：%1</translation>
    </message>
    <message>
        <source>Provisioning: %1</source>
        <translation>正在预配：%1</translation>
    </message>
    <message>
        <source>Deployed: %1 is ready for requests.</source>
        <translation>已部署：%1 已准备好接收请求。</translation>
    </message>
    <message>
        <source>Closes the dialog; a deployment under way carries on.</source>
        <translation>关闭对话框；正在进行的部署会继续。</translation>
    </message>
    <message>
        <source>The deployment ended %1: %2</source>
        <translation>部署以 %1 结束：%2</translation>
    </message>
    <message>
        <source>A deployment named %1 already exists: model %2, type %3, capacity %4, state %5. Deploying replaces it with model %6, type %7, capacity %8; requests to it and its billing change.</source>
        <translation>名为 %1 的部署已存在: 模型 %2、类型 %3、容量 %4、状态 %5。部署会将其替换为模型 %6、类型 %7、容量 %8; 对它的请求及其计费都会改变。</translation>
    </message>
    <message>
        <source>Replace deployment %1?</source>
        <translation>替换部署 %1?</translation>
    </message>
</context>
<context>
    <name>ft::ui::DeploymentsView</name>
    <message>
        <source>Open in &amp;playground</source>
        <translation>在操场中打开(&amp;P)</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Hosting is billed by the hour; an unused deployment of a fine-tuned model is removed after 15 days.</source>
        <translation>托管按小时计费；微调模型的未使用部署将在 15 天后被删除。</translation>
    </message>
    <message>
        <source>Deployments live in Azure Resource Manager. Add to the connection: %1.</source>
        <translation>部署位于 Azure Resource Manager 中。请在连接中添加：%1。</translation>
    </message>
    <message>
        <source>The deployments could not be listed: %1</source>
        <translation>无法列出部署：%1</translation>
    </message>
    <message>
        <source>No deployments.</source>
        <translation>没有部署。</translation>
    </message>
    <message>
        <source>Delete the deployment?</source>
        <translation>删除部署？</translation>
    </message>
    <message>
        <source>Delete %1? Requests to it stop working; the model itself stays.</source>
        <translation>删除 %1？对它的请求将停止工作；模型本身会保留。</translation>
    </message>
    <message>
        <source>Deleted deployment %1.</source>
        <translation>已删除部署 %1。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>未删除 %1：%2</translation>
    </message>
    <message>
        <source>D&amp;elete deployment</source>
        <translation>删除部署(&amp;E)</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>刷新(&amp;S)</translation>
    </message>
    <message>
        <source>The deployments of the account, with their state.</source>
        <translation>帐户的部署及其状态。</translation>
    </message>
    <message>
        <source>Reads the deployments again.</source>
        <translation>重新读取部署。</translation>
    </message>
</context>
<context>
    <name>ft::ui::EmptyState</name>
    <message>
        <source>No fine-tuning jobs yet</source>
        <translation>还没有微调作业</translation>
    </message>
    <message>
        <source>&amp;Fine-tune a model…</source>
        <translation>微调模型(&amp;F)…</translation>
    </message>
    <message>
        <source>Opens the wizard: method, base model, data, and the rest.</source>
        <translation>打开向导: 方法、基础模型、数据等。</translation>
    </message>
    <message>
        <source>&amp;Try it with sample data</source>
        <translation>用示例数据试一试(&amp;T)</translation>
    </message>
    <message>
        <source>Opens the wizard filled in with a sample file that ships with the app.</source>
        <translation>打开向导, 并填入应用自带的示例文件。</translation>
    </message>
    <message>
        <source>You are on the built-in emulator: a stand-in for Azure OpenAI that runs on this computer. Its jobs train on a simulated clock and cost nothing; no account or network is needed. Start a fine-tune of your own, or try one with sample data.</source>
        <translation>您正在使用内置模拟器: 它在本机上代替 Azure OpenAI 运行。其作业按模拟时钟训练, 不产生任何费用; 无需帐户或网络。开始您自己的微调, 或用示例数据试一试。</translation>
    </message>
    <message>
        <source>This resource has no fine-tuning jobs yet. Start a fine-tune of your own, or try one with sample data.</source>
        <translation>此资源还没有微调作业。开始您自己的微调, 或用示例数据试一试。</translation>
    </message>
</context>
<context>
    <name>ft::ui::EventsView</name>
    <message>
        <source>What the service reported about the job, newest first.</source>
        <translation>服务报告的作业相关信息，最新的在前。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ft::ui::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open results.csv…</source>
        <translation>打开 results.csv(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a results file</source>
        <translation>打开结果文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>比较运行(&amp;C)…</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>连接(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ft::ui::FilesView</name>
    <message>
        <source>Data files</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>No data files.</source>
        <translation>没有数据文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the files?</source>
        <translation>删除文件？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s)? Jobs that used them keep their results, but the data cannot be downloaded again.</source>
        <translation>
            <numerusform>删除 %n 个文件？使用过这些文件的作业会保留其结果，但数据将无法再下载。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Deleted the files.</source>
        <translation>已删除文件。</translation>
    </message>
    <message>
        <source>Some files were not deleted. %1</source>
        <translation>部分文件未删除。%1</translation>
    </message>
    <message>
        <source>D&amp;elete files…</source>
        <translation>删除文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>另存副本(&amp;Y)…</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>刷新(&amp;S)</translation>
    </message>
    <message>
        <source>The files on the resource; select some to save or delete them.</source>
        <translation>资源上的文件；选择文件以保存或删除。</translation>
    </message>
    <message>
        <source>Reads the file list again.</source>
        <translation>重新读取文件列表。</translation>
    </message>
</context>
<context>
    <name>ft::ui::FineTuneWizard</name>
    <message>
        <source>Fine-tune model — %1</source>
        <translation>微调模型 — %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The previous page; nothing chosen is lost.</source>
        <translation>上一页；已做的选择不会丢失。</translation>
    </message>
    <message>
        <source>The next page, once this one is complete.</source>
        <translation>下一页，需先完成本页。</translation>
    </message>
    <message>
        <source>Closes the wizard; the draft is kept for next time.</source>
        <translation>关闭向导；草稿会保留到下次使用。</translation>
    </message>
    <message>
        <source>Uploads what is still local and creates the job.</source>
        <translation>上传仍在本地的文件并创建作业。</translation>
    </message>
    <message>
        <source>Explains this page.</source>
        <translation>说明此页面。</translation>
    </message>
    <message>
        <source>Draft not saved — retry</source>
        <translation>草稿未保存 — 重试</translation>
    </message>
</context>
<context>
    <name>ft::ui::GraderCheck</name>
    <message>
        <source>The training file cannot be read back to check the grader against it: %1</source>
        <translation>无法读回训练文件以检查评分器: %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::GraderEditor</name>
    <message>
        <source>Chec&amp;k grader</source>
        <translation>检查评分器(&amp;K)</translation>
    </message>
    <message>
        <source>Grader type</source>
        <translation>评分器类型</translation>
    </message>
    <message>
        <source>String check</source>
        <translation>字符串检查</translation>
    </message>
    <message>
        <source>Text similarity</source>
        <translation>文本相似度</translation>
    </message>
    <message>
        <source>Score model</source>
        <translation>评分模型</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Multi (combine graders)</source>
        <translation>多评分器（组合评分器）</translation>
    </message>
    <message>
        <source>Grader JSON</source>
        <translation>评分器 JSON</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O)：</translation>
    </message>
    <message>
        <source>Grading model:</source>
        <translation>评分模型：</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Score range:</source>
        <translation>分数范围：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源代码：</translation>
    </message>
    <message>
        <source>Combine graders by name in the JSON below; calculate_output is a formula over their scores.</source>
        <translation>在下面的 JSON 中按名称组合评分器；calculate_output 是基于各评分器分数的公式。</translation>
    </message>
    <message>
        <source>Grader &amp;type:</source>
        <translation>评分器类型(&amp;T)：</translation>
    </message>
    <message>
        <source>JSON:</source>
        <translation>JSON：</translation>
    </message>
    <message>
        <source>The JSON is not a valid object.</source>
        <translation>该 JSON 不是有效的对象。</translation>
    </message>
    <message>
        <source>Referen&amp;ce:</source>
        <translation>参考(&amp;C)：</translation>
    </message>
    <message>
        <source>Similarit&amp;y metric:</source>
        <translation>相似度指标(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Grader name:</source>
        <translation>评分器名称(&amp;G)：</translation>
    </message>
    <message>
        <source>How the grader scores an answer.</source>
        <translation>评分器如何为回答打分。</translation>
    </message>
    <message>
        <source>A name for the grader, shown in the job&apos;s results.</source>
        <translation>评分器的名称，显示在作业结果中。</translation>
    </message>
    <message>
        <source>What is graded, e.g. {{sample.output_text}}.</source>
        <translation>要评分的内容，例如 {{sample.output_text}}。</translation>
    </message>
    <message>
        <source>What it is compared with, e.g. {{item.answer}} from each example.</source>
        <translation>与之比较的内容，例如每个示例中的 {{item.answer}}。</translation>
    </message>
    <message>
        <source>The grader as JSON; edit it here or with the fields above.</source>
        <translation>评分器的 JSON；可在此编辑，也可使用上面的字段。</translation>
    </message>
    <message>
        <source>How input and reference are compared.</source>
        <translation>输入与参考的比较方式。</translation>
    </message>
    <message>
        <source>How similar the texts must be, and by which measure.</source>
        <translation>文本需要多相似，以及用哪种度量。</translation>
    </message>
    <message>
        <source>Checks the grader and lists the example fields it reads.</source>
        <translation>检查评分器并列出它读取的示例字段。</translation>
    </message>
</context>
<context>
    <name>ft::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Fine-Tune Studio</source>
        <translation>关于 Fine-Tune Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About Fine-Tune Studio</source>
        <translation>关于 Fine-Tune Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fine-Tune Studio %1&lt;/b&gt;&lt;p&gt;Create, watch, deploy and clean up fine-tuned models on Azure OpenAI and OpenAI — or on the built-in emulator.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fine-Tune Studio %1&lt;/b&gt;&lt;p&gt;在 Azure OpenAI 和 OpenAI 上（或在内置模拟器上）创建、监视、部署和清理微调模型。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::HyperparametersPage</name>
    <message>
        <source>&amp;Default: let the service choose</source>
        <translation>默认(&amp;D)：由服务选择</translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation>自定义(&amp;U)</translation>
    </message>
    <message>
        <source>Custom hyperparameters</source>
        <translation>自定义超参数</translation>
    </message>
    <message>
        <source>Reinforcement: grader and sampling</source>
        <translation>强化：评分器和采样</translation>
    </message>
    <message>
        <source>&amp;Advanced: Weights &amp;&amp; Biases and metadata</source>
        <translation>高级(&amp;A)：Weights &amp;&amp; Biases 和元数据</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>The defaults suit most datasets: the service picks them from the data. Custom values apply to this job only.</source>
        <translation>默认值适合大多数数据集：服务会根据数据选择。自定义值仅适用于此作业。</translation>
    </message>
    <message>
        <source>Between 0 and 10; values from %1 to %2 usually work best.</source>
        <translation>介于 0 和 10 之间；通常 %1 到 %2 的值效果最佳。</translation>
    </message>
    <message>
        <source>Batch si&amp;ze (1–%1 or auto):</source>
        <translation>批大小(&amp;Z)（1–%1 或自动）：</translation>
    </message>
    <message>
        <source>&amp;Learning rate multiplier (hint %1–%2):</source>
        <translation>学习率乘数(&amp;L)（建议 %1–%2）：</translation>
    </message>
    <message>
        <source>&amp;Epochs (1–%1 or auto):</source>
        <translation>纪元数(&amp;E)（1–%1 或自动）：</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort:</source>
        <translation>推理工作量(&amp;R)：</translation>
    </message>
    <message>
        <source>Compute &amp;multiplier (%1–%2):</source>
        <translation>计算乘数(&amp;M)（%1–%2）：</translation>
    </message>
    <message>
        <source>E&amp;val interval (steps):</source>
        <translation>评估间隔(&amp;V)（步数）：</translation>
    </message>
    <message>
        <source>Eval &amp;samples:</source>
        <translation>评估样本数(&amp;S)：</translation>
    </message>
    <message>
        <source>Optional: a response_format JSON schema, e.g. {&quot;type&quot;: &quot;json_schema&quot;, ...}</source>
        <translation>可选：response_format JSON 架构，例如 {&quot;type&quot;: &quot;json_schema&quot;, ...}</translation>
    </message>
    <message>
        <source>Response &amp;format:</source>
        <translation>响应格式(&amp;F)：</translation>
    </message>
    <message>
        <source>W&amp;&amp;B pro&amp;ject:</source>
        <translation>W&amp;&amp;B 项目(&amp;J)：</translation>
    </message>
    <message>
        <source>W&amp;&amp;B run name:</source>
        <translation>W&amp;&amp;B 运行名称：</translation>
    </message>
    <message>
        <source>W&amp;&amp;B entity:</source>
        <translation>W&amp;&amp;B 实体：</translation>
    </message>
    <message>
        <source>W&amp;&amp;B tags (comma separated):</source>
        <translation>W&amp;&amp;B 标签（以逗号分隔）：</translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation>元数据键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add &amp;pair</source>
        <translation>添加键值对(&amp;P)</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>删除键值对</translation>
    </message>
    <message>
        <source>The grader is not ready: %1</source>
        <translation>评分器尚未就绪：%1</translation>
    </message>
    <message>
        <source>The response format is not a JSON object.</source>
        <translation>响应格式不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Metadata holds at most 16 pairs.</source>
        <translation>元数据最多包含 16 个键值对。</translation>
    </message>
    <message>
        <source>Metadata keys have at most 64 characters and values at most 512.</source>
        <translation>元数据键最多 64 个字符，值最多 512 个字符。</translation>
    </message>
    <message>
        <source>Checking with the service…</source>
        <translation>正在向服务检查…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hyperparameters&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Batch size&lt;/b&gt;: examples per training step; larger batches train more steadily but more slowly. &lt;b&gt;Learning rate multiplier&lt;/b&gt;: scales the base learning rate; small values (0.02–0.2) are safest. &lt;b&gt;Epochs&lt;/b&gt;: passes over the training file. &quot;auto&quot; lets the service choose from your data.&lt;/p&gt;&lt;p&gt;DPO adds &lt;b&gt;beta&lt;/b&gt;; reinforcement fine-tuning adds the grader and its evaluation settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;超参数&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;批大小&lt;/b&gt;：每个训练步骤的示例数；批越大，训练越稳定，但速度越慢。&lt;b&gt;学习率乘数&lt;/b&gt;：缩放基础学习率；较小的值（0.02–0.2）最安全。&lt;b&gt;纪元数&lt;/b&gt;：遍历训练文件的次数。“自动”表示由服务根据你的数据选择。&lt;/p&gt;&lt;p&gt;DPO 会增加 &lt;b&gt;beta&lt;/b&gt;；强化微调会增加评分器及其评估设置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Be&amp;ta:</source>
        <translation>Beta(&amp;T)：</translation>
    </message>
    <message>
        <source>The service picks the hyperparameters from your data.</source>
        <translation>由服务根据你的数据选择超参数。</translation>
    </message>
    <message>
        <source>Set the hyperparameters yourself.</source>
        <translation>自行设置超参数。</translation>
    </message>
    <message>
        <source>Examples per training step; auto lets the service choose.</source>
        <translation>每个训练步骤的示例数；“自动”表示由服务选择。</translation>
    </message>
    <message>
        <source>Passes over the training file; auto lets the service choose.</source>
        <translation>遍历训练文件的次数；“自动”表示由服务选择。</translation>
    </message>
    <message>
        <source>Optional: a Weights &amp; Biases integration and metadata for the job.</source>
        <translation>可选：作业的 Weights &amp; Biases 集成和元数据。</translation>
    </message>
    <message>
        <source>How much the model reasons before it answers during training.</source>
        <translation>训练期间模型在回答前推理的程度。</translation>
    </message>
    <message>
        <source>Scales the compute spent exploring answers; more costs more.</source>
        <translation>调整探索回答所用的计算量；越多费用越高。</translation>
    </message>
    <message>
        <source>Training steps between two evaluations on the validation data.</source>
        <translation>两次在验证数据上评估之间的训练步数。</translation>
    </message>
    <message>
        <source>Answers sampled per validation example at each evaluation.</source>
        <translation>每次评估时每个验证示例采样的回答数。</translation>
    </message>
    <message>
        <source>Optional: a JSON schema the answers must follow.</source>
        <translation>可选：回答必须遵循的 JSON 架构。</translation>
    </message>
    <message>
        <source>Reading the training examples…</source>
        <translation>正在读取训练示例…</translation>
    </message>
    <message numerus="yes">
        <source>all %n training examples have it.</source>
        <translation>
            <numerusform>全部 %n 个训练示例都有。</numerusform>
        </translation>
    </message>
    <message>
        <source>the training data is checked against it when it is chosen.</source>
        <translation>选择训练数据时会据此检查。</translation>
    </message>
    <message>
        <source>Well formed; it reads %1 from each example: %2</source>
        <translation>格式正确; 它从每个示例读取 %1: %2</translation>
    </message>
    <message>
        <source>The service accepts this grader; it reads %1 from each example: %2</source>
        <translation>服务接受此评分器; 它从每个示例读取 %1: %2</translation>
    </message>
</context>
<context>
    <name>ft::ui::JobDetailView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>取消作业(&amp;C)</translation>
    </message>
    <message>
        <source>Delete &amp;model</source>
        <translation>删除模型(&amp;M)</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>下载(&amp;W)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>训练文件</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>验证文件</translation>
    </message>
    <message>
        <source>Results (results.csv)</source>
        <translation>结果 (results.csv)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Select a job</source>
        <translation>选择作业</translation>
    </message>
    <message>
        <source>Select a job to see its charts.</source>
        <translation>选择作业以查看其图表。</translation>
    </message>
    <message>
        <source>Loading results…</source>
        <translation>正在加载结果…</translation>
    </message>
    <message>
        <source>Offline: no cached results for this job.</source>
        <translation>脱机：此作业没有缓存的结果。</translation>
    </message>
    <message>
        <source>Results appear once training starts.</source>
        <translation>训练开始后将显示结果。</translation>
    </message>
    <message>
        <source>This job has no results file.</source>
        <translation>此作业没有结果文件。</translation>
    </message>
    <message>
        <source>The results could not be loaded: %1</source>
        <translation>无法加载结果：%1</translation>
    </message>
    <message>
        <source>Pause the job?</source>
        <translation>暂停作业？</translation>
    </message>
    <message>
        <source>Training stops after the current step; you can resume it later.</source>
        <translation>训练将在当前步骤后停止；你可以稍后恢复。</translation>
    </message>
    <message>
        <source>Resume the job?</source>
        <translation>恢复作业？</translation>
    </message>
    <message>
        <source>Training continues from where it stopped.</source>
        <translation>训练将从停止处继续。</translation>
    </message>
    <message>
        <source>Cancel the job?</source>
        <translation>取消作业？</translation>
    </message>
    <message>
        <source>A cancelled job cannot be resumed. Cancel %1?</source>
        <translation>已取消的作业无法恢复。要取消 %1 吗？</translation>
    </message>
    <message>
        <source>Copy the checkpoint</source>
        <translation>复制检查点</translation>
    </message>
    <message>
        <source>Destination resource (ARM id, /subscriptions/…/accounts/…):</source>
        <translation>目标资源（ARM ID，/subscriptions/…/accounts/…）：</translation>
    </message>
    <message>
        <source>Region (for example swedencentral):</source>
        <translation>区域（例如 swedencentral）：</translation>
    </message>
    <message>
        <source>The copy was refused: %1</source>
        <translation>复制被拒绝：%1</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>正在复制 %1…</translation>
    </message>
    <message>
        <source>The copy&apos;s status could not be read: %1</source>
        <translation>无法读取复制状态：%1</translation>
    </message>
    <message>
        <source>Copy of %1 to %2: %3</source>
        <translation>将 %1 复制到 %2：%3</translation>
    </message>
    <message>
        <source>Delete the model?</source>
        <translation>删除模型？</translation>
    </message>
    <message>
        <source>Delete %1? It cannot be undone; the job and its results stay.</source>
        <translation>删除 %1？此操作无法撤消；作业及其结果会保留。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while it is deployed. Delete its deployment first (Deployments tab): %2.</source>
        <translation>%1 已部署，无法删除。请先删除其部署（“部署”选项卡）：%2。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>未删除 %1：%2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>Deplo&amp;y…</source>
        <translation>部署(&amp;Y)…</translation>
    </message>
    <message>
        <source>Could not pause the job: %1</source>
        <translation>无法暂停作业：%1</translation>
    </message>
    <message>
        <source>Could not resume the job: %1</source>
        <translation>无法恢复作业：%1</translation>
    </message>
    <message>
        <source>Could not cancel the job: %1</source>
        <translation>无法取消作业：%1</translation>
    </message>
    <message>
        <source>Stops the job for good; what was trained so far is not kept.</source>
        <translation>永久停止作业；到目前为止的训练成果不会保留。</translation>
    </message>
    <message>
        <source>Every field of the job, with copy buttons for the ids.</source>
        <translation>作业的所有字段，ID 旁带有复制按钮。</translation>
    </message>
    <message>
        <source>Loss and accuracy charts from the job&apos;s results.csv.</source>
        <translation>根据作业的 results.csv 绘制的损失和准确度图表。</translation>
    </message>
    <message>
        <source>What the service reported about the job.</source>
        <translation>服务报告的作业相关信息。</translation>
    </message>
    <message>
        <source>The checkpoints: deploy one, or fine-tune from it.</source>
        <translation>检查点：可部署某个检查点，或从中进行微调。</translation>
    </message>
    <message>
        <source>Pauses the job; it can be resumed later.</source>
        <translation>暂停作业；之后可以恢复。</translation>
    </message>
    <message>
        <source>Continues the paused job.</source>
        <translation>继续已暂停的作业。</translation>
    </message>
    <message>
        <source>Deploys the fine-tuned model so it can answer requests.</source>
        <translation>部署微调模型，使其能够响应请求。</translation>
    </message>
    <message>
        <source>Deletes the fine-tuned model; the job and its results stay.</source>
        <translation>删除微调模型；作业及其结果会保留。</translation>
    </message>
    <message>
        <source>Saves the job&apos;s training, validation or results file.</source>
        <translation>保存作业的训练、验证或结果文件。</translation>
    </message>
    <message>
        <source>Deployments are billed by the hour; an unused deployment of a fine-tuned model is removed after %1 days.</source>
        <translation>部署按小时计费; 未使用的微调模型部署会在 %1 天后被删除。</translation>
    </message>
    <message>
        <source>The service&apos;s safety evaluation rejected the training data: harmful content above the accepted level for %1. The job ended before training, so no charge applies. Fix the data and start a new job.</source>
        <translation>服务的安全评估拒绝了训练数据: %1 方面的有害内容超出可接受级别。作业在训练前已结束, 因此不收取费用。请修正数据并开始新的作业。</translation>
    </message>
    <message>
        <source>The training is not charged. Review the training data and start a new job.</source>
        <translation>训练不收费。请审阅训练数据并开始新的作业。</translation>
    </message>
</context>
<context>
    <name>ft::ui::JobOverview</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Copies %1 to the clipboard.</source>
        <translation>将 %1 复制到剪贴板。</translation>
    </message>
    <message>
        <source>epochs %1</source>
        <translation>纪元数 %1</translation>
    </message>
    <message>
        <source>batch size %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <source>learning rate multiplier %1</source>
        <translation>学习率乘数 %1</translation>
    </message>
    <message>
        <source>beta %1</source>
        <translation>beta %1</translation>
    </message>
    <message>
        <source>reasoning effort %1</source>
        <translation>推理工作量 %1</translation>
    </message>
    <message>
        <source>compute multiplier %1</source>
        <translation>计算乘数 %1</translation>
    </message>
    <message>
        <source>eval interval %1</source>
        <translation>评估间隔 %1</translation>
    </message>
    <message>
        <source>eval samples %1</source>
        <translation>评估样本数 %1</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Fine-tuned model</source>
        <translation>微调模型</translation>
    </message>
    <message>
        <source>Training tier</source>
        <translation>训练层级</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>训练文件</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>验证文件</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>结果文件</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>评分器</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Estimated finish</source>
        <translation>预计完成时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>已训练令牌数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Weights &amp;&amp; Biases</source>
        <translation>Weights &amp;&amp; Biases</translation>
    </message>
</context>
<context>
    <name>ft::ui::JobsView</name>
    <message>
        <source>Show jobs with status</source>
        <translation>显示具有以下状态的作业</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>所有作业</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>筛选作业</translation>
    </message>
    <message>
        <source>Fine-tuning jobs</source>
        <translation>微调作业</translation>
    </message>
    <message>
        <source>Shows only the jobs in the chosen state.</source>
        <translation>仅显示处于所选状态的作业。</translation>
    </message>
    <message>
        <source>Your fine-tuning jobs, refreshed while they run; select one to see its details.</source>
        <translation>你的微调作业，运行期间会自动刷新；选择一个作业可查看其详细信息。</translation>
    </message>
</context>
<context>
    <name>ft::ui::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>系统密钥链</translation>
    </message>
    <message>
        <source>The keychain could not store the secret (%1); it is kept for this session only.</source>
        <translation>密钥链无法存储该机密 (%1)；它仅在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>ft::ui::LocalFilePanel</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A .jsonl file — or drop one on this page</source>
        <translation>.jsonl 文件 — 或将文件拖放到此页面</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>Chooses a JSONL file on this computer.</source>
        <translation>选择本机上的 JSONL 文件。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Choose a JSONL file</source>
        <translation>选择 JSONL 文件</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy with a byte-order mark</source>
        <translation>保存带字节顺序标记的副本</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>Checking %p%</source>
        <translation>正在检查 %p%</translation>
    </message>
    <message>
        <source>Checking %1 on this computer…</source>
        <translation>正在本机检查 %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Fix the errors below, then choose the file again.</source>
        <translation>请修复以下错误，然后重新选择文件。</translation>
    </message>
    <message>
        <source>The validation file is the training file: pick another one, or split the training data.</source>
        <translation>验证文件与训练文件相同：请选择其他文件，或拆分训练数据。</translation>
    </message>
    <message>
        <source>Uploading %1 (%2)…</source>
        <translation>正在上传 %1 (%2)…</translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation>正在上传 %p%</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>上传已取消。</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>Uploaded as %1.</source>
        <translation>已上传为 %1。</translation>
    </message>
    <message>
        <source>Choose a local file.</source>
        <translation>请选择本地文件。</translation>
    </message>
    <message>
        <source>Wait for the check and the upload to finish.</source>
        <translation>请等待检查和上传完成。</translation>
    </message>
    <message>
        <source>The file has not been checked.</source>
        <translation>文件尚未检查。</translation>
    </message>
    <message>
        <source>The file has errors.</source>
        <translation>文件有错误。</translation>
    </message>
    <message>
        <source>The file has not been uploaded.</source>
        <translation>文件尚未上传。</translation>
    </message>
    <message>
        <source>Looking for the earlier upload of %1 on the resource…</source>
        <translation>正在资源上查找 %1 之前的上传…</translation>
    </message>
    <message>
        <source>Already on the resource as %1 (the same bytes, name and purpose): not uploaded again.</source>
        <translation>已作为 %1 存在于资源上 (相同的字节、名称和用途): 不再重复上传。</translation>
    </message>
    <message>
        <source>Preparing the upload of %1…</source>
        <translation>正在准备上传 %1…</translation>
    </message>
</context>
<context>
    <name>ft::ui::MainWindow</name>
    <message>
        <source>Deployed %1.</source>
        <translation>已部署 %1。</translation>
    </message>
    <message>
        <source>Auto-deploy of %1 failed: %2</source>
        <translation>%1 自动部署失败：%2</translation>
    </message>
    <message>
        <source>&amp;Fine-tune model…</source>
        <translation>微调模型(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Local emulator (%1)</source>
        <translation>本地模拟器 (%1)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Submitted job %1.</source>
        <translation>已提交作业 %1。</translation>
    </message>
    <message>
        <source>Resume your fine-tune?</source>
        <translation>恢复微调？</translation>
    </message>
    <message>
        <source>You started a fine-tune on %1 and did not submit it. Resume where you left off?</source>
        <translation>你于 %1 开始了一个微调但未提交。要从上次中断处恢复吗？</translation>
    </message>
    <message>
        <source>Deployment %1 is ready.</source>
        <translation>部署 %1 已就绪。</translation>
    </message>
    <message>
        <source>Deployment %1 failed.</source>
        <translation>部署 %1 失败。</translation>
    </message>
    <message>
        <source>J&amp;ob</source>
        <translation>作业(&amp;O)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (脱机)</translation>
    </message>
    <message>
        <source>no key is stored on this computer for “%1” (the system keychain is not available, or the key was removed).</source>
        <translation>此计算机上没有为 “%1” 存储密钥 (系统钥匙串不可用, 或密钥已被删除)。</translation>
    </message>
    <message>
        <source>%1 (sign-in needed)</source>
        <translation>%1 (需要登录)</translation>
    </message>
    <message>
        <source>the key or token of “%1” was accepted but has no access to this resource (HTTP 403). Ask for a role on the resource, or use another key.</source>
        <translation>“%1” 的密钥或令牌已被接受, 但无权访问此资源 (HTTP 403)。请申请该资源的角色, 或使用其他密钥。</translation>
    </message>
    <message>
        <source>the service did not accept the key or token of “%1” (HTTP 401). Check that it belongs to this resource and was not regenerated.</source>
        <translation>服务未接受 “%1” 的密钥或令牌 (HTTP 401)。请检查它是否属于此资源且未被重新生成。</translation>
    </message>
</context>
<context>
    <name>ft::ui::MemorySecretStore</name>
    <message>
        <source>this session only (no keychain service is running)</source>
        <translation>仅本次会话（没有正在运行的密钥链服务）</translation>
    </message>
    <message>
        <source>No keychain service is running: the secret is kept for this session only.</source>
        <translation>没有正在运行的密钥链服务：该机密仅在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>ft::ui::MethodPage</name>
    <message>
        <source>Training method</source>
        <translation>训练方法</translation>
    </message>
    <message>
        <source>How should the model learn from your data?</source>
        <translation>模型应如何从你的数据中学习？</translation>
    </message>
    <message>
        <source>&amp;Supervised fine-tuning (SFT)</source>
        <translation>监督微调 (SFT)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Direct preference optimization (DPO)</source>
        <translation>直接偏好优化 (DPO)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reinforcement fine-tuning (RFT)</source>
        <translation>强化微调 (RFT)(&amp;R)</translation>
    </message>
    <message>
        <source>Learn from example conversations: the assistant&apos;s replies show exactly what to answer.</source>
        <translation>从示例对话中学习：助手的回复准确展示了应如何回答。</translation>
    </message>
    <message>
        <source>Learn from pairs of a preferred and a non-preferred reply to the same prompt.</source>
        <translation>从同一提示的首选回复和非首选回复对中学习。</translation>
    </message>
    <message>
        <source>Learn by trial: a grader scores sampled answers and the model improves its reasoning.</source>
        <translation>通过试错学习：评分器为采样的答案打分，模型据此改进推理能力。</translation>
    </message>
    <message>
        <source>%1 cannot be trained with this method; pick another base model on the next page to use it.</source>
        <translation>%1 无法使用此方法训练；若要使用此方法，请在下一页选择其他基础模型。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training method&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Supervised fine-tuning&lt;/b&gt; (SFT) learns from example conversations: the assistant messages of each line show the answers you want.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Direct preference optimization&lt;/b&gt; (DPO) learns from pairs: a preferred and a non-preferred answer to each prompt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reinforcement fine-tuning&lt;/b&gt; (RFT) lets a reasoning model try answers and learn from the scores a grader gives them.&lt;/p&gt;&lt;p&gt;A method the chosen base model cannot use is disabled, with the reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;训练方法&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;监督微调&lt;/b&gt; (SFT) 从示例对话中学习：每行中的助手消息展示了你想要的回答。&lt;/p&gt;&lt;p&gt;&lt;b&gt;直接偏好优化&lt;/b&gt; (DPO) 从成对的回答中学习：针对每个提示给出一个首选回答和一个非首选回答。&lt;/p&gt;&lt;p&gt;&lt;b&gt;强化微调&lt;/b&gt; (RFT) 让推理模型尝试回答，并从评分器给出的分数中学习。&lt;/p&gt;&lt;p&gt;所选基础模型无法使用的方法会被禁用，并注明原因。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::MetricsChartView</name>
    <message>
        <source>Drag to zoom, wheel to zoom, middle button or arrow keys to pan, right click to zoom out</source>
        <translation>拖动或滚动滚轮进行缩放，按中键或方向键平移，右键单击缩小</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::MetricsPanel</name>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>重置缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation>导出图表(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;All charts to a folder (PNG, SVG and CSV)…</source>
        <translation>将所有图表导出到文件夹（PNG、SVG 和 CSV）(&amp;A)…</translation>
    </message>
    <message>
        <source>Export the charts into</source>
        <translation>将图表导出到</translation>
    </message>
    <message>
        <source>Some charts could not be written to %1.</source>
        <translation>部分图表无法写入 %1。</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>图像 (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>矢量图像 (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>数据 (CSV)…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>尚无结果。</translation>
    </message>
    <message>
        <source>The results file cannot be read: %1</source>
        <translation>无法读取结果文件：%1</translation>
    </message>
    <message>
        <source>The results file has no metrics yet.</source>
        <translation>结果文件中尚无指标。</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>以表格显示(&amp;T)</translation>
    </message>
    <message>
        <source>Shows the numbers behind the charts, one row per step.</source>
        <translation>显示图表背后的数字，每步一行。</translation>
    </message>
    <message>
        <source>Results data</source>
        <translation>结果数据</translation>
    </message>
    <message>
        <source>&amp;Smoothing:</source>
        <translation>平滑(&amp;S)：</translation>
    </message>
    <message>
        <source>Smooths the lines (exponential moving average); the raw points stay.</source>
        <translation>平滑曲线（指数移动平均）；原始数据点仍会保留。</translation>
    </message>
    <message>
        <source>Shows every step again after zooming.</source>
        <translation>缩放后重新显示所有步骤。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ft::ui::ModelPage</name>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune, or a model you fine-tuned before to continue training it.</source>
        <translation>选择要微调的模型，或选择之前微调过的模型以继续训练。</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Tokens per example</source>
        <translation>每个示例的令牌数</translation>
    </message>
    <message>
        <source>Base models</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Your fine-tuned models and checkpoints</source>
        <translation>你的微调模型和检查点</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 cannot be trained with the method chosen on the first page.</source>
        <translation>%1 无法使用第一页中选择的方法进行训练。</translation>
    </message>
    <message>
        <source>Not in this app&apos;s model catalog.</source>
        <translation>不在此应用的模型目录中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Trains with up to %3 tokens per example; encoding %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;每个示例最多训练 %3 个令牌；编码为 %4。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Base model&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The models of this connection that can be fine-tuned, with the methods each supports and its context length. Below them: models you fine-tuned before and their checkpoints — pick one to continue training it on new data.&lt;/p&gt;&lt;p&gt;Type in the search box to filter by name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;基础模型&lt;/b&gt;&lt;/p&gt;&lt;p&gt;此连接中可以微调的模型，以及每个模型支持的方法和上下文长度。其下方是你之前微调过的模型及其检查点 — 选择一个即可在新数据上继续训练。&lt;/p&gt;&lt;p&gt;在搜索框中键入内容可按名称筛选。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base models, and your fine-tuned models and checkpoints to continue from.</source>
        <translation>基础模型，以及可在其基础上继续训练的你的微调模型和检查点。</translation>
    </message>
    <message>
        <source>The search hides the chosen model: pick one of the models shown, or clear the search.</source>
        <translation>搜索隐藏了所选模型: 请从显示的模型中选择一个, 或清除搜索。</translation>
    </message>
</context>
<context>
    <name>ft::ui::Playground</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>System message (optional)</source>
        <translation>系统消息（可选）</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Type a message; Ctrl+Enter sends it</source>
        <translation>输入消息；按 Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(不比较)</translation>
    </message>
    <message>
        <source>&amp;Chat with:</source>
        <translation>聊天对象(&amp;C)：</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion = %3 tokens</source>
        <translation>%1 提示 + %2 补全 = %3 个令牌</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>对比对象(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Max to&amp;kens:</source>
        <translation>最大令牌数(&amp;K)：</translation>
    </message>
    <message>
        <source>0 gives the most likely answer; higher values vary more.</source>
        <translation>0 给出最可能的回答；值越高，回答变化越大。</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>回答的最大长度（以令牌计）。</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>清除(&amp;E)</translation>
    </message>
    <message>
        <source>Your next message; Send asks every chosen deployment.</source>
        <translation>你的下一条消息；“发送”会向每个所选部署提问。</translation>
    </message>
    <message>
        <source>Sends the message to the chosen deployments.</source>
        <translation>将消息发送到所选部署。</translation>
    </message>
    <message>
        <source>The deployment to chat with.</source>
        <translation>要与之聊天的部署。</translation>
    </message>
    <message>
        <source>Optional: a second deployment answering the same messages, side by side.</source>
        <translation>可选：第二个部署，并排回答相同的消息。</translation>
    </message>
    <message>
        <source>Starts a new conversation.</source>
        <translation>开始新对话。</translation>
    </message>
    <message>
        <source>Simulated replies: the local emulator answers with the closest training example of the model, or says that none is close. No model runs.</source>
        <translation>模拟的回复: 本地模拟器用模型最接近的训练示例作答, 或说明没有接近的示例。不运行任何模型。</translation>
    </message>
</context>
<context>
    <name>ft::ui::ReviewEstimate</name>
    <message>
        <source>No cost estimate: the training file cannot be split here (%1).</source>
        <translation>无成本估算: 无法在此拆分训练文件 (%1)。</translation>
    </message>
    <message numerus="yes">
        <source>For the %n examples left for training after the split.</source>
        <translation>
            <numerusform>针对拆分后留作训练的 %n 个示例。</numerusform>
        </translation>
    </message>
    <message>
        <source>No token count or cost estimate: the training file was not checked on this computer.</source>
        <translation>无令牌计数或成本估算：训练文件未在本机检查。</translation>
    </message>
    <message>
        <source>No token count or cost estimate: the service fetches the file itself.</source>
        <translation>无令牌计数或成本估算: 服务自行获取该文件。</translation>
    </message>
    <message>
        <source>Counting the tokens…</source>
        <translation>正在计算令牌…</translation>
    </message>
    <message>
        <source>No cost estimate: %1</source>
        <translation>无成本估算: %1</translation>
    </message>
    <message>
        <source>Reading the training file back from the resource to count its tokens…</source>
        <translation>正在从资源读回训练文件以计算其令牌…</translation>
    </message>
    <message>
        <source>No cost estimate: the training file cannot be read back (%1).</source>
        <translation>无成本估算: 无法读回训练文件 (%1)。</translation>
    </message>
    <message>
        <source>Counted in the file on the resource.</source>
        <translation>已在资源上的文件中计算。</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>令牌和成本</translation>
    </message>
</context>
<context>
    <name>ft::ui::ReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>审阅并提交</translation>
    </message>
    <message>
        <source>Check what will be sent. Submit uploads any local file still to upload, then creates the job.</source>
        <translation>检查将要发送的内容。提交时会上传尚未上传的本地文件，然后创建作业。</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>将要发送的请求</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (on the resource)</source>
        <translation>%1（在资源上）</translation>
    </message>
    <message>
        <source>%1 (uploaded on Submit)</source>
        <translation>%1（提交时上传）</translation>
    </message>
    <message>
        <source>%1 (uploaded as %2)</source>
        <translation>%1（已上传为 %2）</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>%1 % split off the training file</source>
        <translation>从训练文件拆分出 %1%</translation>
    </message>
    <message>
        <source>Direct preference optimization</source>
        <translation>直接偏好优化</translation>
    </message>
    <message>
        <source>Reinforcement fine-tuning</source>
        <translation>强化微调</translation>
    </message>
    <message>
        <source>Supervised fine-tuning</source>
        <translation>监督微调</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Training tier</source>
        <translation>训练层级</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>验证数据</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>由服务选择</translation>
    </message>
    <message>
        <source>epochs %1, batch size %2, learning rate multiplier %3</source>
        <translation>纪元数 %1，批大小 %2，学习率乘数 %3</translation>
    </message>
    <message>
        <source>, beta %1</source>
        <translation>，beta %1</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>the service&apos;s defaults</source>
        <translation>服务的默认值</translation>
    </message>
    <message>
        <source>Auto-deploy</source>
        <translation>自动部署</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1，名称为 %2</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>全局标准</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发人员</translation>
    </message>
    <message>
        <source>&lt;a new id for each submit&gt;</source>
        <translation>&lt;每次提交使用新 ID&gt;</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation>已创建作业 %1。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Review and submit&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Everything you chose, the estimated tokens and cost, and the exact request that will be sent (with the key masked). &lt;b&gt;Submit&lt;/b&gt; uploads local files that are not uploaded yet, then creates the job exactly once, even if the network fails on the way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;审阅并提交&lt;/b&gt;&lt;/p&gt;&lt;p&gt;你所做的全部选择、估算的令牌数和成本，以及将要发送的确切请求（密钥已隐藏）。&lt;b&gt;提交&lt;/b&gt;会上传尚未上传的本地文件，然后只创建一次作业，即使途中网络出现故障也是如此。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The exact HTTP request Submit sends, with the key masked.</source>
        <translation>“提交”将发送的确切 HTTP 请求，密钥已隐藏。</translation>
    </message>
    <message>
        <source>%1 without the share split off for validation (uploaded on Submit)</source>
        <translation>%1, 不含拆分出用于验证的部分 (提交时上传)</translation>
    </message>
</context>
<context>
    <name>ft::ui::Session</name>
    <message>
        <source>Local emulator</source>
        <translation>本地模拟器</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ft::ui::StatusBanner</name>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — the service cannot be reached (%1). Showing the jobs cached on %2, read-only; the app keeps trying.</source>
        <translation>&lt;b&gt;脱机&lt;/b&gt; — 无法连接到服务 (%1)。正在显示于 %2 缓存的作业（只读）；应用会持续重试。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — the service cannot be reached (%1). Nothing is cached for this connection yet.</source>
        <translation>&lt;b&gt;脱机&lt;/b&gt; — 无法连接到服务 (%1)。此连接尚无任何缓存。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;登录&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>输入密钥…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>服务的答复: %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::SuffixSeedPage</name>
    <message>
        <source>Suffix and seed</source>
        <translation>后缀和种子</translation>
    </message>
    <message>
        <source>The suffix becomes part of the fine-tuned model&apos;s name. The same seed and data give the same training run.</source>
        <translation>后缀将成为微调模型名称的一部分。相同的种子和数据会产生相同的训练运行。</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation>后缀(&amp;U)：</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>模型名称：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>%1 allows %2.</source>
        <translation>%1 允许：%2。</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>The service picks a seed and reports it with the job.</source>
        <translation>服务会选择一个种子，并随作业一起报告。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1.</source>
        <translation>种子必须是 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suffix and seed&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The suffix is added to the fine-tuned model&apos;s name so you can recognise it; the service&apos;s rule for it is checked as you type, and the preview shows the name the model will get.&lt;/p&gt;&lt;p&gt;The seed makes a run reproducible: the same seed, data and settings train the same model. Leave it empty for a random seed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;后缀和种子&lt;/b&gt;&lt;/p&gt;&lt;p&gt;后缀会添加到微调模型的名称中，便于识别；输入时会检查服务对后缀的规则，预览会显示模型将获得的名称。&lt;/p&gt;&lt;p&gt;种子使运行可重现：相同的种子、数据和设置会训练出相同的模型。留空则使用随机种子。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added to the fine-tuned model&apos;s name so you can recognise it.</source>
        <translation>添加到微调模型的名称中，便于识别。</translation>
    </message>
</context>
<context>
    <name>ft::ui::TierPage</name>
    <message>
        <source>Training tier</source>
        <translation>训练层级</translation>
    </message>
    <message>
        <source>Where and how the training runs. Prices are per tier; the cost estimate on the review page uses the one you pick.</source>
        <translation>训练运行的位置和方式。价格因层级而异；审阅页面上的成本估算使用你选择的层级。</translation>
    </message>
    <message>
        <source>%1 does not offer this tier.</source>
        <translation>%1 不提供此层级。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training tier&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standard&lt;/b&gt; trains in the resource&apos;s region (data stays there). &lt;b&gt;Global Standard&lt;/b&gt; may train in any region and costs less. &lt;b&gt;Developer&lt;/b&gt; costs least but can be preempted and resumed later, and has no data-residency guarantee.&lt;/p&gt;&lt;p&gt;A tier the model does not offer is disabled, with the reason. OpenAI connections have no tiers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;训练层级&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;标准&lt;/b&gt;在资源所在区域中训练（数据保留在该区域）。&lt;b&gt;全局标准&lt;/b&gt;可能在任何区域中训练，费用更低。&lt;b&gt;开发人员&lt;/b&gt;费用最低，但可能被抢占并在稍后恢复，且不提供数据驻留保证。&lt;/p&gt;&lt;p&gt;模型不提供的层级会被禁用，并注明原因。OpenAI 连接没有层级。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少用户指南。</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>在指南中查找</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>ft::ui::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>The system theme is used when Fine-Tune Studio starts again.</source>
        <translation>将在 Fine-Tune Studio 重新启动后使用系统主题。</translation>
    </message>
    <message>
        <source>&amp;Demo speed</source>
        <translation>演示速度(&amp;D)</translation>
    </message>
    <message>
        <source>How fast the built-in emulator&apos;s jobs and deployments run.</source>
        <translation>内置模拟器中作业和部署运行的速度。</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>%1× real time</source>
        <translation>实时的 %1 倍</translation>
    </message>
    <message>
        <source>Only the built-in emulator runs at a chosen speed.</source>
        <translation>只有内置模拟器可以按所选速度运行。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create, watch, deploy and clean up fine-tuned models on Azure OpenAI and OpenAI — or on the built-in emulator.</source>
        <translation>在 Azure OpenAI 和 OpenAI 上（或在内置模拟器上）创建、监视、部署和清理微调模型。</translation>
    </message>
    <message>
        <source>Do not start the built-in emulator.</source>
        <translation>不启动内置模拟器。</translation>
    </message>
    <message>
        <source>Fine-Tune Studio</source>
        <translation>Fine-Tune Studio</translation>
    </message>
    <message>
        <source>The built-in emulator could not start: %1</source>
        <translation>内置模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>Local emulator</source>
        <translation>本地模拟器</translation>
    </message>
    <message>
        <source>Azure OpenAI (environment)</source>
        <translation>Azure OpenAI（环境变量）</translation>
    </message>
    <message>
        <source>OpenAI (environment)</source>
        <translation>OpenAI（环境变量）</translation>
    </message>
    <message>
        <source>Language of the user interface: zh_CN, ja_JP, sv_SE or en (default: the setting in View → Language, else the system&apos;s).</source>
        <translation>用户界面语言：zh_CN、ja_JP、sv_SE 或 en（默认：“视图 → 语言”中的设置，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: the setting in View → Theme).</source>
        <translation>颜色主题：system、light 或 dark（默认：“视图 → 主题”中的设置）。</translation>
    </message>
    <message>
        <source>Clock speed of the built-in emulator (default: View → Demo speed, else 5).</source>
        <translation>内置模拟器的时钟速度 (默认: 视图 → 演示速度, 否则为 5)。</translation>
    </message>
</context>
</TS>
