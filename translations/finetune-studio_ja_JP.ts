<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiError</name>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>The operation ended %1.</source>
        <translation>操作は %1 で終了しました。</translation>
    </message>
</context>
<context>
    <name>ArmTarget</name>
    <message>
        <source>subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>ARM token</source>
        <translation>ARM トークン</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Training runs in the resource&apos;s region: data stays in that region.</source>
        <translation>トレーニングはリソースのリージョンで実行され、データはそのリージョンに留まります。</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>グローバル標準</translation>
    </message>
    <message>
        <source>Training may run in any Azure region, at a lower price; no data residency guarantee.</source>
        <translation>トレーニングは任意の Azure リージョンで実行される可能性があり、価格は低くなります。データ所在地の保証はありません。</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Lowest price for experiments; jobs may be pre-empted and resumed, no data residency guarantee.</source>
        <translation>実験向けの最低価格。ジョブは中断されて後で再開される場合があり、データ所在地の保証はありません。</translation>
    </message>
    <message>
        <source>up to 40 characters: letters a-z and A-Z, digits, - and _</source>
        <translation>最大 40 文字: 英字 a-z と A-Z、数字、- と _</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 ～ 64 文字</translation>
    </message>
    <message>
        <source>The most capable model of the family for complex skills: translation, domain adaptation, code.</source>
        <translation>ファミリで最も高性能なモデル。翻訳、ドメイン適応、コードなどの複雑なスキル向け。</translation>
    </message>
    <message>
        <source>text, image → text</source>
        <translation>テキスト、画像 → テキスト</translation>
    </message>
    <message>
        <source>Fast and affordable; a good first choice for focused tasks and distillation.</source>
        <translation>高速で手頃な価格。特定タスクや蒸留の最初の選択肢。</translation>
    </message>
    <message>
        <source>text → text</source>
        <translation>テキスト → テキスト</translation>
    </message>
    <message>
        <source>The smallest and cheapest: classification, extraction, low-latency tasks.</source>
        <translation>最小かつ最安: 分類、抽出、低遅延のタスク。</translation>
    </message>
    <message>
        <source>Multimodal model of the previous generation.</source>
        <translation>前世代のマルチモーダル モデル。</translation>
    </message>
    <message>
        <source>Small model of the previous generation.</source>
        <translation>前世代の小型モデル。</translation>
    </message>
    <message>
        <source>Reasoning model; reinforcement fine-tuning with a grader.</source>
        <translation>推論モデル。グレーダーを使った強化微調整。</translation>
    </message>
    <message>
        <source>Legacy model, kept for existing fine-tunes.</source>
        <translation>レガシ モデル。既存の微調整のために維持されています。</translation>
    </message>
    <message>
        <source>Published list prices as read on the as-of date; always shown as an estimate. Check the pricing page before budgeting.</source>
        <translation>基準日に確認した公開価格です。常に見積もりとして表示されます。予算を立てる前に価格ページを確認してください。</translation>
    </message>
    <message>
        <source>Support assistant (supervised)</source>
        <translation>サポート アシスタント (教師あり)</translation>
    </message>
    <message>
        <source>32 conversations in which a shop&apos;s support assistant answers in two or three friendly sentences with the next step.</source>
        <translation>ショップのサポート アシスタントが、次に取るべき手順を添えて 2～3 文で親しみやすく答える 32 件の会話。</translation>
    </message>
    <message>
        <source>Support assistant (preferences)</source>
        <translation>サポート アシスタント (選好)</translation>
    </message>
    <message>
        <source>22 questions, each with a helpful answer preferred over a curt one.</source>
        <translation>22 件の質問。それぞれ、そっけない回答よりも役に立つ回答が優先されます。</translation>
    </message>
    <message>
        <source>Ticket triage (reinforcement)</source>
        <translation>チケットの振り分け (強化)</translation>
    </message>
    <message>
        <source>24 customer messages to sort into one of five queues; a string-check grader compares the answer with the reference.</source>
        <translation>5 つのキューのいずれかに振り分ける 24 件の顧客メッセージ。文字列確認のグレーダーが回答を参照応答と比較します。</translation>
    </message>
</context>
<context>
    <name>CheckpointTableModel</name>
    <message>
        <source>Train loss</source>
        <translation>トレーニング損失</translation>
    </message>
    <message>
        <source>Valid loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>Full valid loss</source>
        <translation>完全検証損失</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>トレーニング精度</translation>
    </message>
    <message>
        <source>Valid acc.</source>
        <translation>検証精度</translation>
    </message>
    <message>
        <source>Full valid acc.</source>
        <translation>完全検証精度</translation>
    </message>
    <message>
        <source>Train reward</source>
        <translation>トレーニング報酬</translation>
    </message>
    <message>
        <source>Valid reward</source>
        <translation>検証報酬</translation>
    </message>
    <message>
        <source>Full valid reward</source>
        <translation>完全検証報酬</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1 is plain http:// on another machine: the key would travel in clear text. Use https://, or http:// on this machine only.</source>
        <translation>%1 は別のコンピューター上の暗号化されていない http:// です。キーが平文で送信されます。https:// を使用するか、http:// はこのコンピューター上でのみ使用してください。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Local emulator</source>
        <translation>ローカル エミュレーター</translation>
    </message>
    <message>
        <source>Azure OpenAI (v1 API)</source>
        <translation>Azure OpenAI (v1 API)</translation>
    </message>
    <message>
        <source>Azure OpenAI (classic API %1)</source>
        <translation>Azure OpenAI (クラシック API %1)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>接続の名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the endpoint, for example https://my-resource.openai.azure.com.</source>
        <translation>エンドポイントを入力してください (例: https://my-resource.openai.azure.com)。</translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is allowed on this computer only).</source>
        <translation>エンドポイントには https:// を使用する必要があります (暗号化されていない http:// はこのコンピューター上でのみ使用できます)。</translation>
    </message>
</context>
<context>
    <name>DatasetAnalyzer</name>
    <message>
        <source>This example has %1 tokens, more than the %2 that %3 trains on; the service will truncate it.</source>
        <translation>この例は %1 トークンあり、%3 のトレーニング上限 %2 トークンを超えています。サービスによって切り詰められます。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>DatasetReport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more error(s))</source>
        <translation>
            <numerusform> (ほかに %n 件のエラー)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetSplitter</name>
    <message>
        <source>The validation share must be between 1 and 50 %.</source>
        <translation>検証用の割合は 1 ～ 50 % の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>The file is %1 MB; files up to %2 MB can be uploaded in one request. Use the chunked upload (Uploads API) for larger files.</source>
        <translation>ファイルのサイズは %1 MB です。1 回の要求でアップロードできるのは %2 MB までです。これより大きいファイルには分割アップロード (Uploads API) を使用してください。</translation>
    </message>
    <message>
        <source>The file has %1 example(s); at least %2 are required.</source>
        <translation>ファイルに含まれる例は %1 件です。少なくとも %2 件必要です。</translation>
    </message>
    <message>
        <source>The file has %1 examples; at most %2 are allowed for this method.</source>
        <translation>ファイルに含まれる例は %1 件です。この方法で使用できるのは最大 %2 件です。</translation>
    </message>
    <message>
        <source>The file has no byte-order mark. Azure&apos;s documentation asks for UTF-8 with BOM; the service accepts files without one.</source>
        <translation>ファイルにバイト オーダー マーク (BOM) がありません。Azure のドキュメントでは BOM 付き UTF-8 が求められていますが、サービスは BOM なしのファイルも受け付けます。</translation>
    </message>
    <message>
        <source>Blank line (ignored by the service).</source>
        <translation>空白行です (サービスでは無視されます)。</translation>
    </message>
    <message>
        <source>Not valid UTF-8 at byte %1 of the line (byte 0x%2).</source>
        <translation>行の %1 バイト目が有効な UTF-8 ではありません (バイト 0x%2)。</translation>
    </message>
    <message>
        <source>The line is not valid JSON.</source>
        <translation>この行は有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Each line must be one JSON object.</source>
        <translation>各行は 1 つの JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>This example repeats an earlier line.</source>
        <translation>この例は前の行と重複しています。</translation>
    </message>
    <message>
        <source>Each message must be a JSON object.</source>
        <translation>各メッセージは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The message has no role.</source>
        <translation>メッセージに role がありません。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (expected system, developer, user, assistant or tool).</source>
        <translation>不明なロール &quot;%1&quot; です (system、developer、user、assistant、tool のいずれかが必要です)。</translation>
    </message>
    <message>
        <source>Preferred and non-preferred outputs may only hold assistant or tool messages.</source>
        <translation>優先出力と非優先出力には、assistant または tool のメッセージのみを含めることができます。</translation>
    </message>
    <message>
        <source>The message has no content.</source>
        <translation>メッセージに content がありません。</translation>
    </message>
    <message>
        <source>A text part needs a string &quot;text&quot;.</source>
        <translation>テキスト パートには文字列の &quot;text&quot; が必要です。</translation>
    </message>
    <message>
        <source>An image part needs &quot;image_url&quot;: {&quot;url&quot;: ...}.</source>
        <translation>画像パートには &quot;image_url&quot;: {&quot;url&quot;: ...} が必要です。</translation>
    </message>
    <message>
        <source>Content parts must be of type text or image_url, not &quot;%1&quot;.</source>
        <translation>コンテンツ パートの種類は &quot;%1&quot; ではなく、text または image_url である必要があります。</translation>
    </message>
    <message>
        <source>Content must be a string or an array of parts.</source>
        <translation>content は文字列またはパートの配列である必要があります。</translation>
    </message>
    <message>
        <source>Only assistant messages may have a weight.</source>
        <translation>weight を指定できるのは assistant メッセージのみです。</translation>
    </message>
    <message>
        <source>The weight must be 0 or 1.</source>
        <translation>weight は 0 または 1 である必要があります。</translation>
    </message>
    <message>
        <source>The name must be a string.</source>
        <translation>name は文字列である必要があります。</translation>
    </message>
    <message>
        <source>tool_calls must be an array.</source>
        <translation>tool_calls は配列である必要があります。</translation>
    </message>
    <message>
        <source>A tool call needs an id, type &quot;function&quot; and function {name, arguments as a string}.</source>
        <translation>ツール呼び出しには、id、type &quot;function&quot;、function {name, arguments (文字列)} が必要です。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a message; the service may reject or ignore it.</source>
        <translation>メッセージ内に不明なキー &quot;%1&quot; があります。サービスによって拒否または無視される可能性があります。</translation>
    </message>
    <message>
        <source>The example needs a non-empty &quot;messages&quot; array.</source>
        <translation>例には空でない &quot;messages&quot; 配列が必要です。</translation>
    </message>
    <message>
        <source>The example has no assistant message to train on (weight not 0).</source>
        <translation>例にトレーニング対象の assistant メッセージ (weight が 0 以外) がありません。</translation>
    </message>
    <message>
        <source>Every assistant message of this example has weight 0: its tokens are billed, but nothing is learned from it.</source>
        <translation>この例のすべての assistant メッセージの weight が 0 です。トークンは課金されますが、何も学習されません。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; the service ignores or rejects it.</source>
        <translation>不明なキー &quot;%1&quot; です。サービスによって無視または拒否されます。</translation>
    </message>
    <message>
        <source>A DPO example needs &quot;input&quot;: {&quot;messages&quot;: [...]} with at least one message.</source>
        <translation>DPO の例には、1 つ以上のメッセージを含む &quot;input&quot;: {&quot;messages&quot;: [...]} が必要です。</translation>
    </message>
    <message>
        <source>tools must be an array.</source>
        <translation>tools は配列である必要があります。</translation>
    </message>
    <message>
        <source>parallel_tool_calls must be true or false.</source>
        <translation>parallel_tool_calls は true または false である必要があります。</translation>
    </message>
    <message>
        <source>A DPO example needs &quot;%1&quot;: a non-empty array of assistant messages.</source>
        <translation>DPO の例には &quot;%1&quot; (assistant メッセージの空でない配列) が必要です。</translation>
    </message>
    <message>
        <source>For reinforcement fine-tuning the last message must have role &quot;user&quot;.</source>
        <translation>強化微調整では、最後のメッセージの role が &quot;user&quot; である必要があります。</translation>
    </message>
    <message>
        <source>The grader reads {{item.%1}}, but this example has no &quot;%1&quot;.</source>
        <translation>グレーダーは {{item.%1}} を読み取りますが、この例には &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>direct preference optimization (DPO)</source>
        <translation>直接選好最適化 (DPO)</translation>
    </message>
    <message>
        <source>reinforcement (RFT)</source>
        <translation>強化微調整 (RFT)</translation>
    </message>
    <message>
        <source>supervised (SFT)</source>
        <translation>教師あり微調整 (SFT)</translation>
    </message>
    <message>
        <source>This file looks like %1 data (%2 of %3 examples), but the training method is %4. Choose %1 as the method, or a file in the %4 format.</source>
        <translation>このファイルは %1 のデータのようです (%3 件中 %2 件の例) が、トレーニング方法は %4 です。方法として %1 を選ぶか、%4 の形式のファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>An estimate from the price table of %1 (%2).</source>
        <translation>%1 の価格表に基づく見積もり (%2)。</translation>
    </message>
    <message>
        <source>by throughput units</source>
        <translation>スループット ユニット単位</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/時間</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>not from this app</source>
        <translation>このアプリからは未使用</translation>
    </message>
    <message>
        <source>%1 (Developer lifetime)</source>
        <translation>%1 (開発者レベルの有効期間)</translation>
    </message>
    <message>
        <source>Idle: removed %1</source>
        <translation>アイドル: %1 に削除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>時間単価</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>これまでの費用</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>削除日</translation>
    </message>
</context>
<context>
    <name>DeploymentsApi</name>
    <message>
        <source>Deployments are managed through Azure Resource Manager. Add to the connection: %1.</source>
        <translation>デプロイは Azure Resource Manager で管理されます。接続に次を追加してください: %1。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
</context>
<context>
    <name>FilesApi</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Importing a file from a URL is only offered by the Azure OpenAI classic API (api-version). Download the file and upload it instead.</source>
        <translation>URL からのファイルのインポートは、Azure OpenAI クラシック API (api-version) でのみ提供されています。ファイルをダウンロードしてからアップロードしてください。</translation>
    </message>
</context>
<context>
    <name>FineTuningJobRequest</name>
    <message>
        <source>Choose the base model.</source>
        <translation>基本モデルを選択してください。</translation>
    </message>
    <message>
        <source>The task must be chat completion or text completion.</source>
        <translation>タスクはチャット入力候補またはテキスト入力候補である必要があります。</translation>
    </message>
    <message>
        <source>Choose the training data.</source>
        <translation>トレーニング データを選択してください。</translation>
    </message>
    <message>
        <source>The validation data is not a data asset or a datastore path.</source>
        <translation>検証データがデータ資産でもデータストアのパスでもありません。</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <source>The grader</source>
        <translation>グレーダー</translation>
    </message>
    <message>
        <source>Grader &quot;%1&quot;</source>
        <translation>グレーダー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has an unknown type &quot;%2&quot; (expected string_check, text_similarity, score_model, python, label_model or multi).</source>
        <translation>%1 の種類 &quot;%2&quot; は不明です (string_check、text_similarity、score_model、python、label_model、multi のいずれかが必要です)。</translation>
    </message>
    <message>
        <source>Every grader needs a name.</source>
        <translation>すべてのグレーダーに名前が必要です。</translation>
    </message>
    <message>
        <source>%1 needs an input.</source>
        <translation>%1 には入力が必要です。</translation>
    </message>
    <message>
        <source>%1 needs a reference.</source>
        <translation>%1 には参照応答が必要です。</translation>
    </message>
    <message>
        <source>%1 has operation &quot;%2&quot;; use eq, ne, like or ilike.</source>
        <translation>%1 の操作が &quot;%2&quot; です。eq、ne、like、ilike のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>%1 has evaluation metric &quot;%2&quot;, which is not one of %3.</source>
        <translation>%1 の評価メトリック &quot;%2&quot; は、%3 のいずれでもありません。</translation>
    </message>
    <message>
        <source>%1 needs a model.</source>
        <translation>%1 にはモデルが必要です。</translation>
    </message>
    <message>
        <source>%1 needs input messages.</source>
        <translation>%1 には入力メッセージが必要です。</translation>
    </message>
    <message>
        <source>%1 needs labels and passing labels.</source>
        <translation>%1 にはラベルと合格ラベルが必要です。</translation>
    </message>
    <message>
        <source>%1 has a range that is not [low, high].</source>
        <translation>%1 の範囲が [low, high] の形式ではありません。</translation>
    </message>
    <message>
        <source>%1 needs Python source code.</source>
        <translation>%1 には Python ソース コードが必要です。</translation>
    </message>
    <message>
        <source>%1&apos;s source must define grade(sample, item).</source>
        <translation>%1 のソースでは grade(sample, item) を定義する必要があります。</translation>
    </message>
    <message>
        <source>%1 combines no graders.</source>
        <translation>%1 はグレーダーを 1 つも組み合わせていません。</translation>
    </message>
    <message>
        <source>%1 needs a calculate_output formula.</source>
        <translation>%1 には calculate_output の数式が必要です。</translation>
    </message>
    <message>
        <source>%1 nests a multi grader, which is not allowed.</source>
        <translation>%1 に multi グレーダーが入れ子になっています。これは許可されていません。</translation>
    </message>
</context>
<context>
    <name>GraderDataCheck</name>
    <message>
        <source>%1 of %2 examples have no field &quot;%3&quot; (first on line %4), which the grader reads as {{item.%3}}.</source>
        <translation>%2 件中 %1 件の例にフィールド &quot;%3&quot; がありません (最初は %4 行目)。グレーダーはこれを {{item.%3}} として読み取ります。</translation>
    </message>
    <message>
        <source>In %1 of %2 examples the field &quot;%3&quot; is an object or a list (first on line %4); the grader reads it as text.</source>
        <translation>%2 件中 %1 件の例で、フィールド &quot;%3&quot; がオブジェクトまたはリストです (最初は %4 行目)。グレーダーはこれをテキストとして読み取ります。</translation>
    </message>
    <message>
        <source>The data file cannot be read: %1</source>
        <translation>データ ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>The data file holds no examples to check the grader against.</source>
        <translation>データ ファイルには、グレーダーを確認するための例がありません。</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Validating files</source>
        <translation>ファイルの検証中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キューに登録済み</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>一時停止処理中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>再開中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>教師あり</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>Reinforcement</source>
        <translation>強化学習</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(サフィックスなし)</translation>
    </message>
    <message>
        <source>done in about %1</source>
        <translation>約 %1 で完了</translation>
    </message>
    <message>
        <source>The service reported the status &quot;%1&quot;, which this version does not know.</source>
        <translation>サービスから報告された状態 &quot;%1&quot; は、このバージョンでは認識されません。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Model / suffix</source>
        <translation>モデル / サフィックス</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基本モデル</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>トレーニング済みトークン</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
</context>
<context>
    <name>JobsApi</name>
    <message>
        <source>Copying a checkpoint to another resource is an Azure OpenAI v1 preview feature.</source>
        <translation>チェックポイントを別のリソースにコピーする機能は、Azure OpenAI v1 のプレビュー機能です。</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The JSON text is larger than %1 bytes.</source>
        <translation>JSON テキストが %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The JSON text nests arrays and objects deeper than %1 levels.</source>
        <translation>JSON テキストの配列とオブジェクトの入れ子が %1 レベルを超えています。</translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>トレーニング損失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>Full validation loss (per epoch)</source>
        <translation>完全検証損失 (エポックごと)</translation>
    </message>
    <message>
        <source>Mean token accuracy</source>
        <translation>平均トークン精度</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>トレーニング精度</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>検証精度</translation>
    </message>
    <message>
        <source>Full validation accuracy (per epoch)</source>
        <translation>完全検証精度 (エポックごと)</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>報酬</translation>
    </message>
    <message>
        <source>Mean reward</source>
        <translation>平均報酬</translation>
    </message>
    <message>
        <source>Training reward</source>
        <translation>トレーニング報酬</translation>
    </message>
    <message>
        <source>Validation reward</source>
        <translation>検証報酬</translation>
    </message>
    <message>
        <source>Full validation reward (per epoch)</source>
        <translation>完全検証報酬 (エポックごと)</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推論トークン</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Reasoning tokens (mean)</source>
        <translation>推論トークン (平均)</translation>
    </message>
    <message>
        <source>Completion tokens (mean)</source>
        <translation>完了トークン (平均)</translation>
    </message>
    <message>
        <source>Parse errors</source>
        <translation>解析エラー</translation>
    </message>
    <message>
        <source>Rate / count</source>
        <translation>率 / 件数</translation>
    </message>
    <message>
        <source>Full validation parse error rate</source>
        <translation>完全検証の解析エラー率</translation>
    </message>
    <message>
        <source>Unresponsive rewards (mean)</source>
        <translation>無応答の報酬 (平均)</translation>
    </message>
    <message>
        <source>Grader %1: sample parse errors</source>
        <translation>グレーダー %1: サンプルの解析エラー</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 が空です。</translation>
    </message>
    <message>
        <source>The %1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 は %2 文字です。使用できるのは %3 文字までです。</translation>
    </message>
    <message>
        <source>The %1 must start with a letter or a digit.</source>
        <translation>%1 は英字または数字で始める必要があります。</translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits, &apos;-&apos; and &apos;_&apos;; &apos;%2&apos; is not allowed.</source>
        <translation>%1 に使用できるのは英字、数字、&apos;-&apos;、&apos;_&apos; のみです。&apos;%2&apos; は使用できません。</translation>
    </message>
    <message>
        <source>job name</source>
        <translation>ジョブ名</translation>
    </message>
    <message>
        <source>data asset name</source>
        <translation>データ資産名</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>モデル名</translation>
    </message>
    <message>
        <source>marketplace subscription name</source>
        <translation>Marketplace サブスクリプション名</translation>
    </message>
    <message>
        <source>The data asset version is empty.</source>
        <translation>データ資産のバージョンが空です。</translation>
    </message>
    <message>
        <source>The data asset version has %1 characters; at most %2 are allowed.</source>
        <translation>データ資産のバージョンは %1 文字です。使用できるのは %2 文字までです。</translation>
    </message>
    <message>
        <source>The data asset version may not contain spaces or &apos;/&apos;, &apos;\&apos;, &apos;?&apos;, &apos;#&apos;, &apos;%&apos;.</source>
        <translation>データ資産のバージョンには、スペースや &apos;/&apos;、&apos;\&apos;、&apos;?&apos;、&apos;#&apos;、&apos;%&apos; を含めることはできません。</translation>
    </message>
    <message>
        <source>The endpoint name is empty.</source>
        <translation>エンドポイント名が空です。</translation>
    </message>
    <message>
        <source>The endpoint name has %1 characters; at most %2 are allowed.</source>
        <translation>エンドポイント名は %1 文字です。使用できるのは %2 文字までです。</translation>
    </message>
    <message>
        <source>The endpoint name must start with a letter.</source>
        <translation>エンドポイント名は英字で始める必要があります。</translation>
    </message>
    <message>
        <source>The endpoint name may contain only letters, digits and &apos;-&apos;; &apos;%1&apos; is not allowed.</source>
        <translation>エンドポイント名に使用できるのは英字、数字、&apos;-&apos; のみです。&apos;%1&apos; は使用できません。</translation>
    </message>
</context>
<context>
    <name>NumberRange</name>
    <message>
        <source>%1 and ≤ %2</source>
        <translation>%1 かつ ≤ %2</translation>
    </message>
</context>
<context>
    <name>OpenModel</name>
    <message>
        <source>%1 cannot be fine-tuned serverless in any region.</source>
        <translation>%1 は、どのリージョンでもサーバーレスで微調整できません。</translation>
    </message>
    <message>
        <source>%1 can be fine-tuned only in %2</source>
        <translation>%1 は %2 でのみ微調整できます</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The service&apos;s list does not advance: page %1 says there is more but gives a cursor it gave before.</source>
        <translation>サービスの一覧が先に進みません: %1 ページ目に続きがあるとありますが、以前と同じカーソルが返されました。</translation>
    </message>
    <message>
        <source>The service&apos;s list does not end: it still says there is more after %1 pages.</source>
        <translation>サービスの一覧が終わりません: %1 ページを過ぎてもまだ続きがあると返されます。</translation>
    </message>
</context>
<context>
    <name>PathSegment</name>
    <message>
        <source>1 to 256 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or a digit.</source>
        <translation>1 ～ 256 文字の英字、数字、&apos;-&apos;、&apos;_&apos; で、英字または数字で始まる必要があります。</translation>
    </message>
    <message>
        <source>1 to 256 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;:&apos;, starting with a letter or a digit.</source>
        <translation>1 ～ 256 文字の英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;、&apos;:&apos; で、英字または数字で始まる必要があります。</translation>
    </message>
    <message>
        <source>2 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or a digit.</source>
        <translation>2 ～ 64 文字の英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; で、英字または数字で始まる必要があります。</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits or &apos;-&apos; (a subscription id is a GUID).</source>
        <translation>1 ～ 64 文字の英字、数字、&apos;-&apos; (サブスクリプション ID は GUID です)。</translation>
    </message>
    <message>
        <source>1 to 90 letters, digits, &apos;_&apos;, &apos;(&apos;, &apos;)&apos;, &apos;-&apos; or &apos;.&apos;, not ending with &apos;.&apos;.</source>
        <translation>1 ～ 90 文字の英字、数字、&apos;_&apos;、&apos;(&apos;、&apos;)&apos;、&apos;-&apos;、&apos;.&apos; で、末尾を &apos;.&apos; にすることはできません。</translation>
    </message>
    <message>
        <source>file id</source>
        <translation>ファイル ID</translation>
    </message>
    <message>
        <source>fine-tuning job id</source>
        <translation>微調整ジョブ ID</translation>
    </message>
    <message>
        <source>checkpoint id</source>
        <translation>チェックポイント ID</translation>
    </message>
    <message>
        <source>upload id</source>
        <translation>アップロード ID</translation>
    </message>
    <message>
        <source>model id</source>
        <translation>モデル ID</translation>
    </message>
    <message>
        <source>deployment name</source>
        <translation>デプロイ名</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 が空です。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is a relative path (&apos;.&apos; or &apos;..&apos;), not a name.</source>
        <translation>%1「%2」は相対パス (&apos;.&apos; または &apos;..&apos;) であり、名前ではありません。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a path separator (&apos;/&apos; or &apos;\&apos;).</source>
        <translation>%1「%2」にパス区切り文字 (&apos;/&apos; または &apos;\&apos;) が含まれています。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a control character.</source>
        <translation>%1「%2」に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: %3</source>
        <translation>%1「%2」は無効です: %3</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>auto</source>
        <translation>自動</translation>
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
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>The file has no &quot;step&quot; column.</source>
        <translation>ファイルに &quot;step&quot; 列がありません。</translation>
    </message>
    <message>
        <source>Line %1: the step is not a number.</source>
        <translation>行 %1: step が数値ではありません。</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a number.</source>
        <translation>行 %1、列 %2: &quot;%3&quot; は数値ではありません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
</context>
<context>
    <name>SuffixRule</name>
    <message>
        <source>The suffix has %1 characters; at most %2 are allowed.</source>
        <translation>サフィックスは %1 文字です。使用できるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>The suffix must be %1.</source>
        <translation>サフィックスは %1 である必要があります。</translation>
    </message>
</context>
<context>
    <name>TaskParameters</name>
    <message>
        <source>%1 must be %2; %3 is not.</source>
        <translation>%1 は %2 である必要があります。%3 は範囲外です。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチ サイズ</translation>
    </message>
    <message>
        <source>Learning rate multiplier</source>
        <translation>学習率乗数</translation>
    </message>
    <message>
        <source>Number of epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>%1 is set twice: as a task parameter and as a custom key.</source>
        <translation>%1 が 2 回設定されています (タスク パラメーターとカスタム キーの両方)。</translation>
    </message>
    <message>
        <source>A custom parameter has no name.</source>
        <translation>名前のないカスタム パラメーターがあります。</translation>
    </message>
</context>
<context>
    <name>TokenizerChoice</name>
    <message>
        <source>exact</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>Exact: counted with %1&apos;s own tokenizer (%2); special tokens are not included.</source>
        <translation>正確: %1 自身のトークナイザー (%2) で数えています。特殊トークンは含みません。</translation>
    </message>
    <message>
        <source>Estimate: %1 tokens × %2, rounded up; %3 uses a tokenizer this app does not have (%4).</source>
        <translation>推定: %1 のトークン数 × %2 (切り上げ)。%3 はこのアプリにないトークナイザーを使います (%4)。</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>The service answered with something that is not a JSON object.</source>
        <translation>サービスから JSON オブジェクトではない応答が返されました。</translation>
    </message>
    <message>
        <source>The service answered with an object that has no usable id.</source>
        <translation>サービスから、使用可能な id を持たないオブジェクトが返されました。</translation>
    </message>
    <message>
        <source>The service answered with a list that is not a list of objects.</source>
        <translation>サービスから、オブジェクトのリストではないリストが返されました。</translation>
    </message>
    <message>
        <source>The service answered with something that is not a deployment.</source>
        <translation>サービスの応答はデプロイではありません。</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>The disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>Permission to write there is denied.</source>
        <translation>そこへの書き込み権限がありません。</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>ディスクは読み取り専用です。</translation>
    </message>
    <message>
        <source>The disk reported an error: %1.</source>
        <translation>ディスクがエラーを報告しました: %1。</translation>
    </message>
    <message>
        <source>%1 could not be saved. %2</source>
        <translation>%1 を保存できませんでした。%2</translation>
    </message>
</context>
<context>
    <name>ft::api::ArmOperation</name>
    <message>
        <source>The operation did not finish within %1 s (last state: %2).</source>
        <translation>操作は %1 秒以内に完了しませんでした (最後の状態: %2)。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The operation status is not a JSON object with a status.</source>
        <translation>操作の状態が status を持つ JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The operation did not finish in time.</source>
        <translation>操作は時間内に完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>ft::api::AutoDeployQueue</name>
    <message>
        <source>The job did not succeed.</source>
        <translation>ジョブが成功しませんでした。</translation>
    </message>
</context>
<context>
    <name>ft::api::ChunkedUploader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>The completed upload has no file.</source>
        <translation>完了したアップロードにファイルがありません。</translation>
    </message>
</context>
<context>
    <name>ft::api::FileUploader</name>
    <message>
        <source>The service could not process %1: %2</source>
        <translation>サービスで %1 を処理できませんでした: %2</translation>
    </message>
    <message>
        <source>The file %1 was deleted before the service processed it.</source>
        <translation>ファイル %1 はサービスが処理する前に削除されました。</translation>
    </message>
    <message>
        <source>The service is still processing %1.</source>
        <translation>サービスは %1 をまだ処理中です。</translation>
    </message>
</context>
<context>
    <name>ft::api::FineTuneSubmitter</name>
    <message>
        <source>Splitting needs the training data as a local file.</source>
        <translation>分割するには、トレーニング データがローカル ファイルである必要があります。</translation>
    </message>
    <message>
        <source>Splitting the training file</source>
        <translation>トレーニング ファイルを分割しています</translation>
    </message>
    <message>
        <source>Creating the fine-tuning job</source>
        <translation>微調整ジョブを作成しています</translation>
    </message>
    <message>
        <source>Creating the fine-tuning job (again after: %1)</source>
        <translation>微調整ジョブを作成しています (再試行、前回のエラー: %1)</translation>
    </message>
    <message>
        <source>Waiting for the service to process the validation file</source>
        <translation>サービスが検証ファイルを処理するのを待っています</translation>
    </message>
    <message>
        <source>Waiting for the service to process the training file</source>
        <translation>サービスがトレーニング ファイルを処理するのを待っています</translation>
    </message>
    <message>
        <source>No validation file was chosen.</source>
        <translation>検証ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>No training file was chosen.</source>
        <translation>トレーニング ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>The validation file %1 cannot be read.</source>
        <translation>検証ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The training file %1 cannot be read.</source>
        <translation>トレーニング ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Uploading the validation file %1</source>
        <translation>検証ファイル %1 をアップロードしています</translation>
    </message>
    <message>
        <source>Uploading the training file %1</source>
        <translation>トレーニング ファイル %1 をアップロードしています</translation>
    </message>
    <message>
        <source>Importing the validation file from %1</source>
        <translation>%1 から検証ファイルをインポートしています</translation>
    </message>
    <message>
        <source>Importing the training file from %1</source>
        <translation>%1 からトレーニング ファイルをインポートしています</translation>
    </message>
    <message>
        <source>No validation data was chosen.</source>
        <translation>検証データが選択されていません。</translation>
    </message>
    <message>
        <source>No training data was chosen.</source>
        <translation>トレーニング データが選択されていません。</translation>
    </message>
</context>
<context>
    <name>ft::api::PendingCall</name>
    <message>
        <source>The request body could not be prepared.</source>
        <translation>要求本文を準備できませんでした。</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB; it was refused.</source>
        <translation>応答が %1 MB を超えているため、拒否されました。</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>サービスが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>%1 へのセキュリティで保護された接続を確立できませんでした: %2</translation>
    </message>
    <message>
        <source>The call did not finish within %1 seconds.</source>
        <translation>呼び出しが %1 秒以内に完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>ft::control::Conversation</name>
    <message>
        <source>There is no connection.</source>
        <translation>接続がありません。</translation>
    </message>
</context>
<context>
    <name>ft::control::JobController</name>
    <message>
        <source>The model %1 was deleted.</source>
        <translation>モデル %1 は削除されました。</translation>
    </message>
    <message>
        <source>This model cannot be deployed: the service&apos;s safety evaluation found content above the accepted level for %1.</source>
        <translation>このモデルはデプロイできません: サービスの安全性評価で %1 について許容レベルを超えるコンテンツが見つかりました。</translation>
    </message>
</context>
<context>
    <name>ft::control::Session</name>
    <message>
        <source>There is no connection.</source>
        <translation>接続がありません。</translation>
    </message>
    <message>
        <source>Fine-tuned from %1 (job %2)</source>
        <translation>%1 から微調整 (ジョブ %2)</translation>
    </message>
    <message>
        <source>Checkpoint at step %1</source>
        <translation>ステップ %1 のチェックポイント</translation>
    </message>
    <message>
        <source>%1: checkpoint at step %2 of job %3</source>
        <translation>%1: ジョブ %3 のステップ %2 のチェックポイント</translation>
    </message>
</context>
<context>
    <name>ft::core::Safety</name>
    <message>
        <source>Hate and fairness</source>
        <translation>ヘイトと公平性</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>ヘイト</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>公平性</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>自傷行為</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>暴力</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>性的</translation>
    </message>
</context>
<context>
    <name>ft::ui::AutoDeployPage</name>
    <message>
        <source>&amp;Off: deploy it later from the dashboard</source>
        <translation>オフ: 後でダッシュボードからデプロイする(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Global Standard</source>
        <translation>グローバル標準(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation>開発者(&amp;D)</translation>
    </message>
    <message>
        <source>Auto-deploy</source>
        <translation>自動デプロイ</translation>
    </message>
    <message>
        <source>Deploy the fine-tuned model as soon as the job succeeds.</source>
        <translation>ジョブが成功したらすぐに、微調整されたモデルをデプロイします。</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>デプロイ名</translation>
    </message>
    <message>
        <source>Hosting a deployment is billed by the hour, whether it is used or not; a deployment of a fine-tuned model that is unused for 15 days is removed by the service.</source>
        <translation>デプロイのホスティングは、使用の有無にかかわらず時間単位で課金されます。微調整されたモデルのデプロイが 15 日間使用されない場合、サービスによって削除されます。</translation>
    </message>
    <message>
        <source>      Global capacity, the usual choice for production.</source>
        <translation>      グローバル容量。運用環境での一般的な選択肢です。</translation>
    </message>
    <message>
        <source>      For evaluation: low cost, no latency guarantees.</source>
        <translation>      評価用: 低コスト、待機時間の保証なし。</translation>
    </message>
    <message>
        <source>Deployments are made through Azure Resource Manager. To deploy automatically, add to the connection: %1.</source>
        <translation>デプロイは Azure Resource Manager を通じて行われます。自動的にデプロイするには、接続に次を追加してください: %1。</translation>
    </message>
    <message>
        <source>2 to 64 characters: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>2 ～ 64 文字: 英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; を使用でき、先頭は英字または数字にします。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Auto-deploy&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When the job succeeds, Fine-Tune Studio creates a deployment of the new model with the name and type you choose here, so it is ready to try in the playground. Hosting is billed by the hour while a deployment exists.&lt;/p&gt;&lt;p&gt;It needs the connection&apos;s Azure Resource Manager target (Connections dialog).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;自動デプロイ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ジョブが成功すると、Fine-Tune Studio はここで選択した名前と種類で新しいモデルのデプロイを作成します。そのため、すぐにプレイグラウンドで試すことができます。ホスティングは、デプロイが存在する間、時間単位で課金されます。&lt;/p&gt;&lt;p&gt;この機能には、接続の Azure Resource Manager ターゲット ([接続] ダイアログ) が必要です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deployment na&amp;me:</source>
        <translation>デプロイ名(&amp;M):</translation>
    </message>
    <message>
        <source>No deployment now; deploy from the job&apos;s page later.</source>
        <translation>今はデプロイしません。後でジョブのページからデプロイします。</translation>
    </message>
    <message>
        <source>A Global Standard deployment, billed per token.</source>
        <translation>グローバル標準のデプロイ。トークン単位で課金されます。</translation>
    </message>
    <message>
        <source>A Developer deployment: cheapest, for trying the model out.</source>
        <translation>開発者のデプロイ。最も安価で、モデルの試用に適しています。</translation>
    </message>
</context>
<context>
    <name>ft::ui::CheckReportWidget</name>
    <message>
        <source>Save a copy with a byte-order &amp;mark…</source>
        <translation>バイト オーダー マーク付きのコピーを保存(&amp;M)…</translation>
    </message>
    <message>
        <source>Findings of the dataset check</source>
        <translation>データセットの確認結果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>%1 未満</translation>
    </message>
    <message>
        <source>%1 examples · %2 tokens (per example: median %3, p95 %4, max %5)</source>
        <translation>%1 件の例 · %2 トークン (例あたり: 中央値 %3、p95 %4、最大 %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) exceed the limit of %1 tokens and will be truncated.</source>
        <translation>
            <numerusform>%n 件の例が上限の %1 トークンを超えているため、切り詰められます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 epochs%2 · %3 billed tokens</source>
        <translation>%1 エポック%2 · 課金対象 %3 トークン</translation>
    </message>
    <message>
        <source> (the service&apos;s choice)</source>
        <translation> (サービスが選択)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost:&lt;/b&gt; billed by training time at %1 per hour (%2). Prices as of %3.</source>
        <translation>&lt;b&gt;推定コスト:&lt;/b&gt; トレーニング時間に応じて 1 時間あたり %1 で課金されます (%2)。価格は %3 時点のものです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost:&lt;/b&gt; %1 (%2 at %3 per million tokens; prices as of %4 — an estimate, check the pricing page).</source>
        <translation>&lt;b&gt;推定コスト:&lt;/b&gt; %1 (%2 で 100 万トークンあたり %3。%4 時点の価格による推定値です。価格ページを確認してください)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n error(s)&lt;/b&gt; must be fixed before this file can be used.</source>
        <translation>
            <numerusform>このファイルを使用するには、&lt;b&gt;%n 件のエラー&lt;/b&gt;を修正する必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>警告 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No errors.&lt;/b&gt; %n warning(s) worth a look.</source>
        <translation>
            <numerusform>&lt;b&gt;エラーはありません。&lt;/b&gt;確認が必要な警告が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No errors.&lt;/b&gt; The file is ready.</source>
        <translation>&lt;b&gt;エラーはありません。&lt;/b&gt;ファイルの準備ができました。</translation>
    </message>
    <message>
        <source>What the check found, with line numbers; errors block Next.</source>
        <translation>確認で見つかった内容 (行番号付き)。エラーがあると [次へ] に進めません。</translation>
    </message>
    <message>
        <source>Writes a copy of the file that starts with a UTF-8 byte-order mark, as Azure&apos;s documentation asks.</source>
        <translation>Azure のドキュメントの指示に従い、UTF-8 のバイト オーダー マークで始まるファイルのコピーを書き込みます。</translation>
    </message>
</context>
<context>
    <name>ft::ui::CheckpointsView</name>
    <message>
        <source>Deploy this chec&amp;kpoint…</source>
        <translation>このチェックポイントをデプロイ(&amp;K)…</translation>
    </message>
    <message>
        <source>Fine-tune from this checkpo&amp;int…</source>
        <translation>このチェックポイントから微調整(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy &amp;to another resource…</source>
        <translation>別のリソースにコピー(&amp;T)…</translation>
    </message>
    <message>
        <source>The checkpoints of the job with their metrics; deploy one or fine-tune from it.</source>
        <translation>ジョブのチェックポイントとそのメトリック。チェックポイントをデプロイするか、そこから微調整できます。</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>Copying checkpoints is an Azure OpenAI v1 preview feature.</source>
        <translation>チェックポイントのコピーは、Azure OpenAI v1 のプレビュー機能です。</translation>
    </message>
</context>
<context>
    <name>ft::ui::CompareView</name>
    <message>
        <source>Runs to compare</source>
        <translation>比較する実行</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>トレーニング損失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>Full validation loss</source>
        <translation>完全検証損失</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>トレーニング精度</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>検証精度</translation>
    </message>
    <message>
        <source>Training reward</source>
        <translation>トレーニング報酬</translation>
    </message>
    <message>
        <source>Full validation reward</source>
        <translation>完全検証報酬</translation>
    </message>
    <message>
        <source>Check the runs to overlay:</source>
        <translation>重ねて表示する実行をオンにしてください:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>メトリック(&amp;M):</translation>
    </message>
    <message>
        <source>Open a results file</source>
        <translation>結果ファイルを開く</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The results of %1 could not be loaded: %2</source>
        <translation>%1 の結果を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Check two or more runs to compare them.</source>
        <translation>比較するには、2 つ以上の実行をオンにしてください。</translation>
    </message>
    <message>
        <source>%1 by run</source>
        <translation>実行別の %1</translation>
    </message>
    <message>
        <source>&amp;Add a results.csv file…</source>
        <translation>results.csv ファイルの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Tick the runs to draw; their results.csv files are fetched once and cached.</source>
        <translation>描画する実行をオンにします。results.csv ファイルは一度だけ取得され、キャッシュされます。</translation>
    </message>
    <message>
        <source>The metric drawn for every run in the chart.</source>
        <translation>グラフ内ですべての実行について描画するメトリック。</translation>
    </message>
    <message>
        <source>Adds a results.csv from this computer to the comparison.</source>
        <translation>このコンピューター上の results.csv を比較に追加します。</translation>
    </message>
</context>
<context>
    <name>ft::ui::ConnectionsDialog</name>
    <message>
        <source>Get from Azure &amp;CLI</source>
        <translation>Azure CLI から取得(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Azure OpenAI (v1 API)</source>
        <translation>Azure OpenAI (v1 API)</translation>
    </message>
    <message>
        <source>Azure OpenAI (classic API with api-version)</source>
        <translation>Azure OpenAI (api-version 付きクラシック API)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Microsoft Entra token (Bearer)</source>
        <translation>Microsoft Entra トークン (Bearer)</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation>システム キーチェーンに保存され、ファイルには保存されません</translation>
    </message>
    <message>
        <source>Runs az account get-access-token</source>
        <translation>az account get-access-token を実行します</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed.</source>
        <translation>Azure CLI (az) がインストールされていません。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Key or token:</source>
        <translation>キーまたはトークン(&amp;K):</translation>
    </message>
    <message>
        <source>Deployments (Azure Resource Manager, optional)</source>
        <translation>デプロイ (Azure Resource Manager、省略可能)</translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation>サブスクリプション(&amp;B):</translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation>リソース グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>アカウント(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続のテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use this connection</source>
        <translation>この接続を使用(&amp;U)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>The built-in emulator: it runs on this computer, needs no key and keeps its data in the app&apos;s data folder.</source>
        <translation>組み込みのエミュレーター: このコンピューター上で実行され、キーは不要で、データはアプリのデータ フォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Read from the environment (AZURE_OPENAI_ENDPOINT / AZURE_OPENAI_API_KEY or OPENAI_API_KEY).</source>
        <translation>環境変数から読み取ります (AZURE_OPENAI_ENDPOINT / AZURE_OPENAI_API_KEY または OPENAI_API_KEY)。</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>保存済み — 入力すると置き換えます</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the service lists %n model(s), %1 of them fine-tunable here.</source>
        <translation>
            <numerusform>接続しました: サービスには %n 個のモデルがあり、そのうち %1 個をここで微調整できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the key or token first.</source>
        <translation>先にキーまたはトークンを入力してください。</translation>
    </message>
    <message>
        <source>Asking the Azure CLI for a token…</source>
        <translation>Azure CLI にトークンを要求しています…</translation>
    </message>
    <message>
        <source>The Azure CLI gave no token: %1. Run az login first.</source>
        <translation>Azure CLI からトークンを取得できませんでした: %1。先に az login を実行してください。</translation>
    </message>
    <message>
        <source>Got an ARM token from the Azure CLI.</source>
        <translation>Azure CLI から ARM トークンを取得しました。</translation>
    </message>
    <message>
        <source>Authenticat&amp;ion:</source>
        <translation>認証(&amp;I):</translation>
    </message>
    <message>
        <source>AR&amp;M token:</source>
        <translation>ARM トークン(&amp;M):</translation>
    </message>
    <message>
        <source>Your connections; the built-in emulator and those from the environment are read-only.</source>
        <translation>接続の一覧。組み込みのエミュレーターと環境変数からの接続は読み取り専用です。</translation>
    </message>
    <message>
        <source>A name of your choice, shown in the title bar.</source>
        <translation>任意の名前。タイトル バーに表示されます。</translation>
    </message>
    <message>
        <source>Which service and API the endpoint speaks.</source>
        <translation>エンドポイントが対応するサービスと API。</translation>
    </message>
    <message>
        <source>An API key, or a Microsoft Entra bearer token.</source>
        <translation>API キー、または Microsoft Entra のベアラー トークン。</translation>
    </message>
    <message>
        <source>The subscription ID of the account, for deployments.</source>
        <translation>アカウントのサブスクリプション ID (デプロイ用)。</translation>
    </message>
    <message>
        <source>The resource group of the account, for deployments.</source>
        <translation>アカウントのリソース グループ (デプロイ用)。</translation>
    </message>
    <message>
        <source>The Azure OpenAI (Cognitive Services) account name, for deployments.</source>
        <translation>Azure OpenAI (Cognitive Services) のアカウント名 (デプロイ用)。</translation>
    </message>
    <message>
        <source>Removes the selected connection and its stored secrets.</source>
        <translation>選択した接続と、保存されているそのシークレットを削除します。</translation>
    </message>
    <message>
        <source>Adds a new connection profile.</source>
        <translation>新しい接続プロファイルを追加します。</translation>
    </message>
    <message>
        <source>Lists the models of the service to check the endpoint and the key.</source>
        <translation>サービスのモデルを一覧表示して、エンドポイントとキーを確認します。</translation>
    </message>
    <message>
        <source>Switches the app to the selected connection.</source>
        <translation>アプリを選択した接続に切り替えます。</translation>
    </message>
    <message>
        <source>Keeps the changes and closes the dialog.</source>
        <translation>変更を保持してダイアログを閉じます。</translation>
    </message>
    <message>
        <source>kept for this session only — type to replace</source>
        <translation>このセッションのみ保持 — 入力すると置き換えます</translation>
    </message>
</context>
<context>
    <name>ft::ui::DashboardTabs</name>
    <message>
        <source>&amp;Jobs</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>Data fi&amp;les</source>
        <translation>データ ファイル(&amp;L)</translation>
    </message>
    <message>
        <source>Play&amp;ground</source>
        <translation>プレイグラウンド(&amp;G)</translation>
    </message>
    <message>
        <source>Compare &amp;runs</source>
        <translation>実行の比較(&amp;R)</translation>
    </message>
    <message>
        <source>Your fine-tuning jobs and the details of the selected one.</source>
        <translation>微調整ジョブと、選択したジョブの詳細。</translation>
    </message>
    <message>
        <source>The deployments of the connection&apos;s Azure account.</source>
        <translation>接続の Azure アカウントのデプロイ。</translation>
    </message>
    <message>
        <source>The files on the resource: training, validation and results files.</source>
        <translation>リソース上のファイル: トレーニング ファイル、検証ファイル、結果ファイル。</translation>
    </message>
    <message>
        <source>Chat with a deployment, and compare two side by side.</source>
        <translation>デプロイとチャットし、2 つのデプロイを並べて比較します。</translation>
    </message>
    <message>
        <source>The metrics of several runs in one chart.</source>
        <translation>複数の実行のメトリックを 1 つのグラフに表示します。</translation>
    </message>
</context>
<context>
    <name>ft::ui::DataPage</name>
    <message>
        <source>Training data</source>
        <translation>トレーニング データ</translation>
    </message>
    <message>
        <source>A JSONL file of examples. A local file is checked on this computer first — errors with line numbers, tokens and an estimate of the cost — then uploaded.</source>
        <translation>例を含む JSONL ファイルです。ローカル ファイルは、まずこのコンピューター上で確認 (行番号付きのエラー、トークン数、コストの見積もり) されてから、アップロードされます。</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>検証データ</translation>
    </message>
    <message>
        <source>Optional examples the model does not train on, to measure how well it generalises.</source>
        <translation>トレーニングには使用されない省略可能な例で、モデルの汎化性能を測定します。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training data&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A JSONL file: one example per line, in the format of the method (chat messages for SFT, preferred and non-preferred answers for DPO, messages and reference fields for RFT).&lt;/p&gt;&lt;p&gt;Use a file already on the resource, upload one from this computer (Browse… or drop it on the page) or import one from a URL. A local file is checked first: errors are listed with line numbers and block Next; the token count and cost estimate are shown. Files above %1 MB go through the resumable chunked upload.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;トレーニング データ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;JSONL ファイルです。1 行に 1 つの例を、方法に応じた形式で記述します (SFT ではチャット メッセージ、DPO では優先される回答と優先されない回答、RFT ではメッセージと参照応答のフィールド)。&lt;/p&gt;&lt;p&gt;リソース上の既存のファイルを使用するか、このコンピューターからアップロードする ([参照…] またはページにドロップ) か、URL からインポートします。ローカル ファイルは最初に確認されます。エラーは行番号付きで一覧表示され、[次へ] に進めなくなります。トークン数とコストの見積もりも表示されます。%1 MB を超えるファイルは、再開可能なチャンク アップロードでアップロードされます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Validation data&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Examples the model does not train on: the service measures loss and accuracy on them as training goes, which shows whether the model generalises or only memorises. Use an existing file, upload or import one, or split a share off the training file (with a seed, so the split can be repeated).&lt;/p&gt;&lt;p&gt;Required for reinforcement fine-tuning.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;検証データ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;トレーニングには使用されない例です。サービスはトレーニング中にこれらの例で損失と精度を測定するため、モデルが汎化しているのか、単に暗記しているだけなのかがわかります。既存のファイルを使用するか、ファイルをアップロードまたはインポートするか、トレーニング ファイルの一部を分割します (シードを使用するため、同じ分割を再現できます)。&lt;/p&gt;&lt;p&gt;強化微調整には必須です。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::DataSourceWidget</name>
    <message>
        <source>File on the &amp;resource</source>
        <translation>リソース上のファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Upload a local file</source>
        <translation>ローカル ファイルをアップロード(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import from a URL</source>
        <translation>URL からインポート(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;plit off training data</source>
        <translation>トレーニング データから分割(&amp;P)</translation>
    </message>
    <message>
        <source>No validation data: the service reports training loss only. Validation data shows whether the model generalises or over-fits.</source>
        <translation>検証データなし: サービスはトレーニング損失のみを報告します。検証データがあると、モデルが汎化しているか過学習しているかがわかります。</translation>
    </message>
    <message>
        <source>Files on the resource</source>
        <translation>リソース上のファイル</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>https://… (a SAS URL of a blob, or any URL the service can read)</source>
        <translation>https://… (BLOB の SAS URL、またはサービスが読み取れる任意の URL)</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L):</translation>
    </message>
    <message>
        <source>The service downloads the file itself; it appears on the resource when done.</source>
        <translation>ファイルはサービスが直接ダウンロードします。完了するとリソース上に表示されます。</translation>
    </message>
    <message>
        <source>Importing from a URL is offered by the Azure OpenAI classic API only. Download the file and upload it instead, or connect with the classic API.</source>
        <translation>URL からのインポートは Azure OpenAI クラシック API でのみ提供されています。ファイルをダウンロードしてアップロードするか、クラシック API で接続してください。</translation>
    </message>
    <message>
        <source>Only the Azure OpenAI classic API imports from a URL.</source>
        <translation>URL からのインポートは Azure OpenAI クラシック API でのみ可能です。</translation>
    </message>
    <message>
        <source>Reinforcement fine-tuning needs validation data.</source>
        <translation>強化微調整には検証データが必要です。</translation>
    </message>
    <message>
        <source>Splitting needs the training data as a local file.</source>
        <translation>分割するには、トレーニング データがローカル ファイルである必要があります。</translation>
    </message>
    <message>
        <source>The local training file is split with the job&apos;s seed, so the same seed gives the same split; both parts are checked and uploaded on Submit.</source>
        <translation>ローカルのトレーニング ファイルはジョブのシードで分割されるため、同じシードでは同じ分割になります。どちらのパートも送信時に確認され、アップロードされます。</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2、%3、%4</translation>
    </message>
    <message>
        <source>Choose the training data.</source>
        <translation>トレーニング データを選択してください。</translation>
    </message>
    <message>
        <source>Choose a file on the resource.</source>
        <translation>リソース上のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Importing from a URL needs the Azure OpenAI classic API.</source>
        <translation>URL からのインポートには Azure OpenAI クラシック API が必要です。</translation>
    </message>
    <message>
        <source>Enter the URL of the file.</source>
        <translation>ファイルの URL を入力してください。</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>なし(&amp;O)</translation>
    </message>
    <message>
        <source>Share held out for &amp;validation:</source>
        <translation>検証用に取り分ける割合(&amp;V):</translation>
    </message>
    <message>
        <source>Train without validation data (not for reinforcement fine-tuning).</source>
        <translation>検証データなしでトレーニングします (強化微調整では使用できません)。</translation>
    </message>
    <message>
        <source>A file already uploaded to this resource.</source>
        <translation>このリソースにアップロード済みのファイル。</translation>
    </message>
    <message>
        <source>A JSONL file on this computer: checked here, then uploaded.</source>
        <translation>このコンピューター上の JSONL ファイル。ここで確認してからアップロードします。</translation>
    </message>
    <message>
        <source>The service fetches the file from a URL (Azure classic API).</source>
        <translation>サービスが URL からファイルを取得します (Azure クラシック API)。</translation>
    </message>
    <message>
        <source>A share of the training file becomes the validation file.</source>
        <translation>トレーニング ファイルの一部が検証ファイルになります。</translation>
    </message>
    <message>
        <source>This share of the training examples becomes the validation file (chosen with the seed).</source>
        <translation>トレーニングの例のうち、この割合が検証ファイルになります (シードを使って選択)。</translation>
    </message>
</context>
<context>
    <name>ft::ui::DeployDialog</name>
    <message>
        <source>&amp;Advanced: deploy from another account or tenant</source>
        <translation>詳細設定: 別のアカウントまたはテナントからデプロイ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>%1 のデプロイ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>グローバル標準</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>プロビジョニング済み</translation>
    </message>
    <message>
        <source>a bearer token of the source tenant; kept in memory only</source>
        <translation>ソース テナントのベアラー トークン。メモリ内にのみ保持されます</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Deployment &amp;name:</source>
        <translation>デプロイ名(&amp;N):</translation>
    </message>
    <message>
        <source>Deployment &amp;type:</source>
        <translation>デプロイの種類(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C):</translation>
    </message>
    <message>
        <source>Source subscription:</source>
        <translation>ソース サブスクリプション:</translation>
    </message>
    <message>
        <source>Source resource group:</source>
        <translation>ソース リソース グループ:</translation>
    </message>
    <message>
        <source>Source account:</source>
        <translation>ソース アカウント:</translation>
    </message>
    <message>
        <source>Source tenant token:</source>
        <translation>ソース テナント トークン:</translation>
    </message>
    <message>
        <source>Hosting is billed by the hour while the deployment exists; a deployment of a fine-tuned model that stays unused for 15 days is removed.</source>
        <translation>ホスティングは、デプロイが存在する間、時間単位で課金されます。微調整されたモデルのデプロイが 15 日間使用されないままの場合は削除されます。</translation>
    </message>
    <message>
        <source>Deployments are made through Azure Resource Manager. Open Connections and add: %1.</source>
        <translation>デプロイは Azure Resource Manager を通じて行われます。[接続] を開いて次を追加してください: %1。</translation>
    </message>
    <message>
        <source>The name needs 2 to 64 characters: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>名前は 2 ～ 64 文字で、英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; を使用できます。</translation>
    </message>
    <message>
        <source>Sending the deployment…</source>
        <translation>デプロイを送信しています…</translation>
    </message>
    <message>
        <source>The deployment was refused: %1</source>
        <translation>デプロイが拒否されました: %1</translation>
    </message>
    <message>
        <source>Provisioning: %1</source>
        <translation>プロビジョニング中: %1</translation>
    </message>
    <message>
        <source>Deployed: %1 is ready for requests.</source>
        <translation>デプロイ完了: %1 は要求を受け付けられる状態です。</translation>
    </message>
    <message>
        <source>Closes the dialog; a deployment under way carries on.</source>
        <translation>ダイアログを閉じます。進行中のデプロイは続行されます。</translation>
    </message>
    <message>
        <source>The deployment ended %1: %2</source>
        <translation>デプロイは %1 で終了しました: %2</translation>
    </message>
    <message>
        <source>A deployment named %1 already exists: model %2, type %3, capacity %4, state %5. Deploying replaces it with model %6, type %7, capacity %8; requests to it and its billing change.</source>
        <translation>%1 という名前のデプロイは既に存在します: モデル %2、種類 %3、容量 %4、状態 %5。デプロイするとモデル %6、種類 %7、容量 %8 に置き換わり、そのデプロイへの要求と課金が変わります。</translation>
    </message>
    <message>
        <source>Replace deployment %1?</source>
        <translation>デプロイ %1 を置き換えますか?</translation>
    </message>
</context>
<context>
    <name>ft::ui::DeploymentsView</name>
    <message>
        <source>Open in &amp;playground</source>
        <translation>プレイグラウンドで開く(&amp;P)</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Hosting is billed by the hour; an unused deployment of a fine-tuned model is removed after 15 days.</source>
        <translation>ホスティングは時間単位で課金されます。微調整されたモデルのデプロイは、使用されないまま 15 日が経過すると削除されます。</translation>
    </message>
    <message>
        <source>Deployments live in Azure Resource Manager. Add to the connection: %1.</source>
        <translation>デプロイは Azure Resource Manager で管理されています。接続に次を追加してください: %1。</translation>
    </message>
    <message>
        <source>The deployments could not be listed: %1</source>
        <translation>デプロイの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>No deployments.</source>
        <translation>デプロイはありません。</translation>
    </message>
    <message>
        <source>Delete the deployment?</source>
        <translation>デプロイを削除しますか?</translation>
    </message>
    <message>
        <source>Delete %1? Requests to it stop working; the model itself stays.</source>
        <translation>%1 を削除しますか? このデプロイへの要求は機能しなくなりますが、モデル自体は残ります。</translation>
    </message>
    <message>
        <source>Deleted deployment %1.</source>
        <translation>デプロイ %1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>D&amp;elete deployment</source>
        <translation>デプロイの削除(&amp;E)</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>最新の情報に更新(&amp;S)</translation>
    </message>
    <message>
        <source>The deployments of the account, with their state.</source>
        <translation>アカウントのデプロイとその状態。</translation>
    </message>
    <message>
        <source>Reads the deployments again.</source>
        <translation>デプロイをもう一度読み込みます。</translation>
    </message>
</context>
<context>
    <name>ft::ui::EmptyState</name>
    <message>
        <source>No fine-tuning jobs yet</source>
        <translation>微調整ジョブはまだありません</translation>
    </message>
    <message>
        <source>&amp;Fine-tune a model…</source>
        <translation>モデルを微調整(&amp;F)…</translation>
    </message>
    <message>
        <source>Opens the wizard: method, base model, data, and the rest.</source>
        <translation>ウィザードを開きます: 方法、基本モデル、データなど。</translation>
    </message>
    <message>
        <source>&amp;Try it with sample data</source>
        <translation>サンプル データで試す(&amp;T)</translation>
    </message>
    <message>
        <source>Opens the wizard filled in with a sample file that ships with the app.</source>
        <translation>アプリに付属のサンプル ファイルを入力した状態でウィザードを開きます。</translation>
    </message>
    <message>
        <source>You are on the built-in emulator: a stand-in for Azure OpenAI that runs on this computer. Its jobs train on a simulated clock and cost nothing; no account or network is needed. Start a fine-tune of your own, or try one with sample data.</source>
        <translation>組み込みのエミュレーターに接続しています。このコンピューター上で動く Azure OpenAI の代わりです。ジョブはシミュレートされた時計でトレーニングされ、費用はかかりません。アカウントもネットワークも不要です。独自の微調整を始めるか、サンプル データで試してください。</translation>
    </message>
    <message>
        <source>This resource has no fine-tuning jobs yet. Start a fine-tune of your own, or try one with sample data.</source>
        <translation>このリソースにはまだ微調整ジョブがありません。独自の微調整を始めるか、サンプル データで試してください。</translation>
    </message>
</context>
<context>
    <name>ft::ui::EventsView</name>
    <message>
        <source>What the service reported about the job, newest first.</source>
        <translation>サービスから報告されたジョブの情報 (新しい順)。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ft::ui::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open results.csv…</source>
        <translation>results.csv を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a results file</source>
        <translation>結果ファイルを開く</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>実行の比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>接続(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ft::ui::FilesView</name>
    <message>
        <source>Data files</source>
        <translation>データ ファイル</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>No data files.</source>
        <translation>データ ファイルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n 個のファイル。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the files?</source>
        <translation>ファイルを削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s)? Jobs that used them keep their results, but the data cannot be downloaded again.</source>
        <translation>
            <numerusform>%n 個のファイルを削除しますか? ファイルを使用したジョブの結果は残りますが、データを再度ダウンロードすることはできなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted the files.</source>
        <translation>ファイルを削除しました。</translation>
    </message>
    <message>
        <source>Some files were not deleted. %1</source>
        <translation>一部のファイルは削除されませんでした。%1</translation>
    </message>
    <message>
        <source>D&amp;elete files…</source>
        <translation>ファイルの削除(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>コピーを保存(&amp;Y)…</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>最新の情報に更新(&amp;S)</translation>
    </message>
    <message>
        <source>The files on the resource; select some to save or delete them.</source>
        <translation>リソース上のファイル。保存または削除するファイルを選択します。</translation>
    </message>
    <message>
        <source>Reads the file list again.</source>
        <translation>ファイルの一覧をもう一度読み込みます。</translation>
    </message>
</context>
<context>
    <name>ft::ui::FineTuneWizard</name>
    <message>
        <source>Fine-tune model — %1</source>
        <translation>モデルの微調整 — %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>The previous page; nothing chosen is lost.</source>
        <translation>前のページに戻ります。選択した内容は失われません。</translation>
    </message>
    <message>
        <source>The next page, once this one is complete.</source>
        <translation>このページが完了したら、次のページに進みます。</translation>
    </message>
    <message>
        <source>Closes the wizard; the draft is kept for next time.</source>
        <translation>ウィザードを閉じます。下書きは次回のために保持されます。</translation>
    </message>
    <message>
        <source>Uploads what is still local and creates the job.</source>
        <translation>まだローカルにあるファイルをアップロードし、ジョブを作成します。</translation>
    </message>
    <message>
        <source>Explains this page.</source>
        <translation>このページについて説明します。</translation>
    </message>
    <message>
        <source>Draft not saved — retry</source>
        <translation>下書きは保存されていません — 再試行</translation>
    </message>
</context>
<context>
    <name>ft::ui::GraderCheck</name>
    <message>
        <source>The training file cannot be read back to check the grader against it: %1</source>
        <translation>グレーダーを確認するためにトレーニング ファイルを読み戻せません: %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::GraderEditor</name>
    <message>
        <source>Chec&amp;k grader</source>
        <translation>グレーダーの確認(&amp;K)</translation>
    </message>
    <message>
        <source>Grader type</source>
        <translation>グレーダーの種類</translation>
    </message>
    <message>
        <source>String check</source>
        <translation>文字列チェック</translation>
    </message>
    <message>
        <source>Text similarity</source>
        <translation>テキストの類似性</translation>
    </message>
    <message>
        <source>Score model</source>
        <translation>スコア モデル</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Multi (combine graders)</source>
        <translation>マルチ (グレーダーの組み合わせ)</translation>
    </message>
    <message>
        <source>Grader JSON</source>
        <translation>グレーダー JSON</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>入力(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O):</translation>
    </message>
    <message>
        <source>Grading model:</source>
        <translation>採点モデル:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Score range:</source>
        <translation>スコア範囲:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Combine graders by name in the JSON below; calculate_output is a formula over their scores.</source>
        <translation>以下の JSON でグレーダーを名前で組み合わせます。calculate_output は、それらのスコアから計算する数式です。</translation>
    </message>
    <message>
        <source>Grader &amp;type:</source>
        <translation>グレーダーの種類(&amp;T):</translation>
    </message>
    <message>
        <source>JSON:</source>
        <translation>JSON:</translation>
    </message>
    <message>
        <source>The JSON is not a valid object.</source>
        <translation>JSON が有効なオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Referen&amp;ce:</source>
        <translation>参照応答(&amp;C):</translation>
    </message>
    <message>
        <source>Similarit&amp;y metric:</source>
        <translation>類似度メトリック(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Grader name:</source>
        <translation>グレーダー名(&amp;G):</translation>
    </message>
    <message>
        <source>How the grader scores an answer.</source>
        <translation>グレーダーが回答をどのように採点するか。</translation>
    </message>
    <message>
        <source>A name for the grader, shown in the job&apos;s results.</source>
        <translation>グレーダーの名前。ジョブの結果に表示されます。</translation>
    </message>
    <message>
        <source>What is graded, e.g. {{sample.output_text}}.</source>
        <translation>採点する対象。例: {{sample.output_text}}。</translation>
    </message>
    <message>
        <source>What it is compared with, e.g. {{item.answer}} from each example.</source>
        <translation>比較する対象。例: 各例の {{item.answer}}。</translation>
    </message>
    <message>
        <source>The grader as JSON; edit it here or with the fields above.</source>
        <translation>JSON 形式のグレーダー。ここで編集するか、上のフィールドを使用します。</translation>
    </message>
    <message>
        <source>How input and reference are compared.</source>
        <translation>入力と参照応答の比較方法。</translation>
    </message>
    <message>
        <source>How similar the texts must be, and by which measure.</source>
        <translation>テキストに求める類似度と、その尺度。</translation>
    </message>
    <message>
        <source>Checks the grader and lists the example fields it reads.</source>
        <translation>グレーダーを確認し、読み取る例のフィールドを一覧表示します。</translation>
    </message>
</context>
<context>
    <name>ft::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>ヒント(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザー ガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Fine-Tune Studio</source>
        <translation>Fine-Tune Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About Fine-Tune Studio</source>
        <translation>Fine-Tune Studio について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fine-Tune Studio %1&lt;/b&gt;&lt;p&gt;Create, watch, deploy and clean up fine-tuned models on Azure OpenAI and OpenAI — or on the built-in emulator.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fine-Tune Studio %1&lt;/b&gt;&lt;p&gt;Azure OpenAI と OpenAI、または組み込みのエミュレーターで、微調整されたモデルを作成、監視、デプロイ、クリーンアップします。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::HyperparametersPage</name>
    <message>
        <source>&amp;Default: let the service choose</source>
        <translation>既定: サービスに任せる(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation>カスタム(&amp;U)</translation>
    </message>
    <message>
        <source>Custom hyperparameters</source>
        <translation>カスタム ハイパーパラメーター</translation>
    </message>
    <message>
        <source>Reinforcement: grader and sampling</source>
        <translation>強化学習: グレーダーとサンプリング</translation>
    </message>
    <message>
        <source>&amp;Advanced: Weights &amp;&amp; Biases and metadata</source>
        <translation>詳細設定: Weights &amp;&amp; Biases とメタデータ(&amp;A)</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>ハイパーパラメーター</translation>
    </message>
    <message>
        <source>The defaults suit most datasets: the service picks them from the data. Custom values apply to this job only.</source>
        <translation>既定値はほとんどのデータセットに適しています (サービスがデータに基づいて選択します)。カスタム値はこのジョブにのみ適用されます。</translation>
    </message>
    <message>
        <source>Between 0 and 10; values from %1 to %2 usually work best.</source>
        <translation>0 ～ 10 の範囲。通常は %1 ～ %2 の値が最適です。</translation>
    </message>
    <message>
        <source>Batch si&amp;ze (1–%1 or auto):</source>
        <translation>バッチ サイズ (1–%1 または自動)(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Learning rate multiplier (hint %1–%2):</source>
        <translation>学習率乗数 (目安 %1–%2)(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Epochs (1–%1 or auto):</source>
        <translation>エポック数 (1–%1 または自動)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort:</source>
        <translation>推論の労力(&amp;R):</translation>
    </message>
    <message>
        <source>Compute &amp;multiplier (%1–%2):</source>
        <translation>コンピューティング乗数 (%1–%2)(&amp;M):</translation>
    </message>
    <message>
        <source>E&amp;val interval (steps):</source>
        <translation>評価間隔 (ステップ)(&amp;V):</translation>
    </message>
    <message>
        <source>Eval &amp;samples:</source>
        <translation>評価サンプル数(&amp;S):</translation>
    </message>
    <message>
        <source>Optional: a response_format JSON schema, e.g. {&quot;type&quot;: &quot;json_schema&quot;, ...}</source>
        <translation>省略可能: response_format の JSON スキーマ (例: {&quot;type&quot;: &quot;json_schema&quot;, ...})</translation>
    </message>
    <message>
        <source>Response &amp;format:</source>
        <translation>応答形式(&amp;F):</translation>
    </message>
    <message>
        <source>W&amp;&amp;B pro&amp;ject:</source>
        <translation>W&amp;&amp;B プロジェクト(&amp;J):</translation>
    </message>
    <message>
        <source>W&amp;&amp;B run name:</source>
        <translation>W&amp;&amp;B 実行名:</translation>
    </message>
    <message>
        <source>W&amp;&amp;B entity:</source>
        <translation>W&amp;&amp;B エンティティ:</translation>
    </message>
    <message>
        <source>W&amp;&amp;B tags (comma separated):</source>
        <translation>W&amp;&amp;B タグ (コンマ区切り):</translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation>メタデータ キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add &amp;pair</source>
        <translation>ペアを追加(&amp;P)</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>ペアを削除</translation>
    </message>
    <message>
        <source>The grader is not ready: %1</source>
        <translation>グレーダーの準備ができていません: %1</translation>
    </message>
    <message>
        <source>The response format is not a JSON object.</source>
        <translation>応答形式が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Metadata holds at most 16 pairs.</source>
        <translation>メタデータに保持できるのは最大 16 ペアです。</translation>
    </message>
    <message>
        <source>Metadata keys have at most 64 characters and values at most 512.</source>
        <translation>メタデータのキーは最大 64 文字、値は最大 512 文字です。</translation>
    </message>
    <message>
        <source>Checking with the service…</source>
        <translation>サービスで確認しています…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hyperparameters&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Batch size&lt;/b&gt;: examples per training step; larger batches train more steadily but more slowly. &lt;b&gt;Learning rate multiplier&lt;/b&gt;: scales the base learning rate; small values (0.02–0.2) are safest. &lt;b&gt;Epochs&lt;/b&gt;: passes over the training file. &quot;auto&quot; lets the service choose from your data.&lt;/p&gt;&lt;p&gt;DPO adds &lt;b&gt;beta&lt;/b&gt;; reinforcement fine-tuning adds the grader and its evaluation settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ハイパーパラメーター&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;バッチ サイズ&lt;/b&gt;: トレーニング ステップあたりの例の数。バッチが大きいほどトレーニングは安定しますが、遅くなります。&lt;b&gt;学習率乗数&lt;/b&gt;: 基本学習率を調整します。小さい値 (0.02–0.2) が最も安全です。&lt;b&gt;エポック数&lt;/b&gt;: トレーニング ファイルを処理する回数。「自動」にすると、サービスがデータに基づいて選択します。&lt;/p&gt;&lt;p&gt;DPO では &lt;b&gt;ベータ&lt;/b&gt; が、強化微調整ではグレーダーとその評価設定が追加されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Be&amp;ta:</source>
        <translation>ベータ(&amp;T):</translation>
    </message>
    <message>
        <source>The service picks the hyperparameters from your data.</source>
        <translation>サービスがデータに基づいてハイパーパラメーターを選択します。</translation>
    </message>
    <message>
        <source>Set the hyperparameters yourself.</source>
        <translation>ハイパーパラメーターを自分で設定します。</translation>
    </message>
    <message>
        <source>Examples per training step; auto lets the service choose.</source>
        <translation>トレーニング ステップあたりの例の数。「自動」にするとサービスが選択します。</translation>
    </message>
    <message>
        <source>Passes over the training file; auto lets the service choose.</source>
        <translation>トレーニング ファイルを処理する回数。「自動」にするとサービスが選択します。</translation>
    </message>
    <message>
        <source>Optional: a Weights &amp; Biases integration and metadata for the job.</source>
        <translation>省略可能: ジョブの Weights &amp; Biases 統合とメタデータ。</translation>
    </message>
    <message>
        <source>How much the model reasons before it answers during training.</source>
        <translation>トレーニング中、モデルが回答前にどの程度推論するか。</translation>
    </message>
    <message>
        <source>Scales the compute spent exploring answers; more costs more.</source>
        <translation>回答の探索に使うコンピューティング量を調整します。多いほどコストが上がります。</translation>
    </message>
    <message>
        <source>Training steps between two evaluations on the validation data.</source>
        <translation>検証データでの評価の間隔 (トレーニング ステップ数)。</translation>
    </message>
    <message>
        <source>Answers sampled per validation example at each evaluation.</source>
        <translation>評価ごとに検証例 1 件あたりでサンプリングする回答の数。</translation>
    </message>
    <message>
        <source>Optional: a JSON schema the answers must follow.</source>
        <translation>省略可能: 回答が従う必要がある JSON スキーマ。</translation>
    </message>
    <message>
        <source>Reading the training examples…</source>
        <translation>トレーニングの例を読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>all %n training examples have it.</source>
        <translation>
            <numerusform>%n 件のトレーニングの例すべてにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>the training data is checked against it when it is chosen.</source>
        <translation>トレーニング データは選択時にこれに照らして確認されます。</translation>
    </message>
    <message>
        <source>Well formed; it reads %1 from each example: %2</source>
        <translation>正しい形式です。各例から %1 を読み取ります: %2</translation>
    </message>
    <message>
        <source>The service accepts this grader; it reads %1 from each example: %2</source>
        <translation>サービスはこのグレーダーを受け入れます。各例から %1 を読み取ります: %2</translation>
    </message>
</context>
<context>
    <name>ft::ui::JobDetailView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>ジョブのキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Delete &amp;model</source>
        <translation>モデルの削除(&amp;M)</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>ダウンロード(&amp;W)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>メトリック</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>トレーニング ファイル</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>検証ファイル</translation>
    </message>
    <message>
        <source>Results (results.csv)</source>
        <translation>結果 (results.csv)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Select a job</source>
        <translation>ジョブを選択してください</translation>
    </message>
    <message>
        <source>Select a job to see its charts.</source>
        <translation>グラフを表示するジョブを選択してください。</translation>
    </message>
    <message>
        <source>Loading results…</source>
        <translation>結果を読み込んでいます…</translation>
    </message>
    <message>
        <source>Offline: no cached results for this job.</source>
        <translation>オフライン: このジョブのキャッシュされた結果はありません。</translation>
    </message>
    <message>
        <source>Results appear once training starts.</source>
        <translation>結果はトレーニングの開始後に表示されます。</translation>
    </message>
    <message>
        <source>This job has no results file.</source>
        <translation>このジョブには結果ファイルがありません。</translation>
    </message>
    <message>
        <source>The results could not be loaded: %1</source>
        <translation>結果を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Pause the job?</source>
        <translation>ジョブを一時停止しますか?</translation>
    </message>
    <message>
        <source>Training stops after the current step; you can resume it later.</source>
        <translation>トレーニングは現在のステップの後で停止します。後で再開できます。</translation>
    </message>
    <message>
        <source>Resume the job?</source>
        <translation>ジョブを再開しますか?</translation>
    </message>
    <message>
        <source>Training continues from where it stopped.</source>
        <translation>トレーニングは停止した位置から続行されます。</translation>
    </message>
    <message>
        <source>Cancel the job?</source>
        <translation>ジョブをキャンセルしますか?</translation>
    </message>
    <message>
        <source>A cancelled job cannot be resumed. Cancel %1?</source>
        <translation>キャンセルしたジョブは再開できません。%1 をキャンセルしますか?</translation>
    </message>
    <message>
        <source>Copy the checkpoint</source>
        <translation>チェックポイントのコピー</translation>
    </message>
    <message>
        <source>Destination resource (ARM id, /subscriptions/…/accounts/…):</source>
        <translation>コピー先リソース (ARM ID、/subscriptions/…/accounts/…):</translation>
    </message>
    <message>
        <source>Region (for example swedencentral):</source>
        <translation>リージョン (例: swedencentral):</translation>
    </message>
    <message>
        <source>The copy was refused: %1</source>
        <translation>コピーが拒否されました: %1</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>%1 をコピーしています…</translation>
    </message>
    <message>
        <source>The copy&apos;s status could not be read: %1</source>
        <translation>コピーの状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Copy of %1 to %2: %3</source>
        <translation>%1 から %2 へのコピー: %3</translation>
    </message>
    <message>
        <source>Delete the model?</source>
        <translation>モデルを削除しますか?</translation>
    </message>
    <message>
        <source>Delete %1? It cannot be undone; the job and its results stay.</source>
        <translation>%1 を削除しますか? この操作は元に戻せません。ジョブとその結果は残ります。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while it is deployed. Delete its deployment first (Deployments tab): %2.</source>
        <translation>%1 はデプロイされているため削除できません。先にデプロイを削除してください ([デプロイ] タブ): %2。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>Deplo&amp;y…</source>
        <translation>デプロイ(&amp;Y)…</translation>
    </message>
    <message>
        <source>Could not pause the job: %1</source>
        <translation>ジョブを一時停止できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not resume the job: %1</source>
        <translation>ジョブを再開できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not cancel the job: %1</source>
        <translation>ジョブをキャンセルできませんでした: %1</translation>
    </message>
    <message>
        <source>Stops the job for good; what was trained so far is not kept.</source>
        <translation>ジョブを完全に停止します。それまでのトレーニング結果は保持されません。</translation>
    </message>
    <message>
        <source>Every field of the job, with copy buttons for the ids.</source>
        <translation>ジョブのすべてのフィールド。ID にはコピー ボタンが付いています。</translation>
    </message>
    <message>
        <source>Loss and accuracy charts from the job&apos;s results.csv.</source>
        <translation>ジョブの results.csv から作成した損失と精度のグラフ。</translation>
    </message>
    <message>
        <source>What the service reported about the job.</source>
        <translation>サービスから報告されたジョブの情報。</translation>
    </message>
    <message>
        <source>The checkpoints: deploy one, or fine-tune from it.</source>
        <translation>チェックポイント。デプロイするか、そこから微調整できます。</translation>
    </message>
    <message>
        <source>Deployments are billed by the hour; an unused deployment of a fine-tuned model is removed after %1 days.</source>
        <translation>デプロイは時間単位で課金されます。使われていない微調整されたモデルのデプロイは %1 日後に削除されます。</translation>
    </message>
    <message>
        <source>Pauses the job; it can be resumed later.</source>
        <translation>ジョブを一時停止します。後で再開できます。</translation>
    </message>
    <message>
        <source>Continues the paused job.</source>
        <translation>一時停止したジョブを再開します。</translation>
    </message>
    <message>
        <source>Deploys the fine-tuned model so it can answer requests.</source>
        <translation>微調整されたモデルをデプロイし、リクエストに応答できるようにします。</translation>
    </message>
    <message>
        <source>Deletes the fine-tuned model; the job and its results stay.</source>
        <translation>微調整されたモデルを削除します。ジョブとその結果は残ります。</translation>
    </message>
    <message>
        <source>Saves the job&apos;s training, validation or results file.</source>
        <translation>ジョブのトレーニング、検証、または結果ファイルを保存します。</translation>
    </message>
    <message>
        <source>The service&apos;s safety evaluation rejected the training data: harmful content above the accepted level for %1. The job ended before training, so no charge applies. Fix the data and start a new job.</source>
        <translation>サービスの安全性評価でトレーニング データが拒否されました: %1 について許容レベルを超える有害なコンテンツがあります。ジョブはトレーニング前に終了したため、料金はかかりません。データを修正して新しいジョブを開始してください。</translation>
    </message>
    <message>
        <source>The training is not charged. Review the training data and start a new job.</source>
        <translation>トレーニングには課金されません。トレーニング データをレビューして新しいジョブを開始してください。</translation>
    </message>
</context>
<context>
    <name>ft::ui::JobOverview</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copies %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>epochs %1</source>
        <translation>エポック数 %1</translation>
    </message>
    <message>
        <source>batch size %1</source>
        <translation>バッチ サイズ %1</translation>
    </message>
    <message>
        <source>learning rate multiplier %1</source>
        <translation>学習率乗数 %1</translation>
    </message>
    <message>
        <source>beta %1</source>
        <translation>ベータ %1</translation>
    </message>
    <message>
        <source>reasoning effort %1</source>
        <translation>推論の労力 %1</translation>
    </message>
    <message>
        <source>compute multiplier %1</source>
        <translation>コンピューティング乗数 %1</translation>
    </message>
    <message>
        <source>eval interval %1</source>
        <translation>評価間隔 %1</translation>
    </message>
    <message>
        <source>eval samples %1</source>
        <translation>評価サンプル数 %1</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ジョブ ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基本モデル</translation>
    </message>
    <message>
        <source>Fine-tuned model</source>
        <translation>微調整されたモデル</translation>
    </message>
    <message>
        <source>Training tier</source>
        <translation>トレーニング レベル</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>トレーニング ファイル</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>検証ファイル</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>結果ファイル</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>サフィックス</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>ハイパーパラメーター</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>グレーダー</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Estimated finish</source>
        <translation>完了予定</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>トレーニング済みトークン</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
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
        <translation>表示するジョブの状態</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>ジョブのフィルター</translation>
    </message>
    <message>
        <source>Fine-tuning jobs</source>
        <translation>微調整ジョブ</translation>
    </message>
    <message>
        <source>Shows only the jobs in the chosen state.</source>
        <translation>選択した状態のジョブのみを表示します。</translation>
    </message>
    <message>
        <source>Your fine-tuning jobs, refreshed while they run; select one to see its details.</source>
        <translation>微調整ジョブの一覧。実行中は自動的に更新されます。ジョブを選択すると詳細が表示されます。</translation>
    </message>
</context>
<context>
    <name>ft::ui::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>システム キーチェーン</translation>
    </message>
    <message>
        <source>The keychain could not store the secret (%1); it is kept for this session only.</source>
        <translation>キーチェーンにシークレットを保存できませんでした (%1)。このセッションの間のみ保持されます。</translation>
    </message>
</context>
<context>
    <name>ft::ui::LocalFilePanel</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>A .jsonl file — or drop one on this page</source>
        <translation>.jsonl ファイル — またはこのページにドロップ</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ローカル ファイル</translation>
    </message>
    <message>
        <source>Chooses a JSONL file on this computer.</source>
        <translation>このコンピューター上の JSONL ファイルを選択します。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Choose a JSONL file</source>
        <translation>JSONL ファイルの選択</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save a copy with a byte-order mark</source>
        <translation>バイト オーダー マーク付きのコピーを保存</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>コピーを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 は読み取り可能なファイルではありません。</translation>
    </message>
    <message>
        <source>Checking %p%</source>
        <translation>確認中 %p%</translation>
    </message>
    <message>
        <source>Checking %1 on this computer…</source>
        <translation>このコンピューター上で %1 を確認しています…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>確認はキャンセルされました。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Fix the errors below, then choose the file again.</source>
        <translation>以下のエラーを修正してから、ファイルをもう一度選択してください。</translation>
    </message>
    <message>
        <source>The validation file is the training file: pick another one, or split the training data.</source>
        <translation>検証ファイルがトレーニング ファイルと同じです。別のファイルを選択するか、トレーニング データを分割してください。</translation>
    </message>
    <message>
        <source>Uploading %1 (%2)…</source>
        <translation>%1 (%2) をアップロードしています…</translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation>アップロード中 %p%</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>アップロードはキャンセルされました。</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>アップロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>Uploaded as %1.</source>
        <translation>%1 としてアップロードしました。</translation>
    </message>
    <message>
        <source>Choose a local file.</source>
        <translation>ローカル ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Wait for the check and the upload to finish.</source>
        <translation>確認とアップロードが完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>The file has not been checked.</source>
        <translation>ファイルはまだ確認されていません。</translation>
    </message>
    <message>
        <source>The file has errors.</source>
        <translation>ファイルにエラーがあります。</translation>
    </message>
    <message>
        <source>The file has not been uploaded.</source>
        <translation>ファイルはまだアップロードされていません。</translation>
    </message>
    <message>
        <source>Looking for the earlier upload of %1 on the resource…</source>
        <translation>リソース上で %1 の以前のアップロードを探しています…</translation>
    </message>
    <message>
        <source>Already on the resource as %1 (the same bytes, name and purpose): not uploaded again.</source>
        <translation>既にリソース上に %1 としてあります (同じバイト、名前、目的)。再度アップロードはしません。</translation>
    </message>
    <message>
        <source>Preparing the upload of %1…</source>
        <translation>%1 のアップロードを準備しています…</translation>
    </message>
</context>
<context>
    <name>ft::ui::MainWindow</name>
    <message>
        <source>Deployed %1.</source>
        <translation>%1 をデプロイしました。</translation>
    </message>
    <message>
        <source>Auto-deploy of %1 failed: %2</source>
        <translation>%1 の自動デプロイに失敗しました: %2</translation>
    </message>
    <message>
        <source>&amp;Fine-tune model…</source>
        <translation>モデルの微調整(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Local emulator (%1)</source>
        <translation>ローカル エミュレーター (%1)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Submitted job %1.</source>
        <translation>ジョブ %1 を送信しました。</translation>
    </message>
    <message>
        <source>Resume your fine-tune?</source>
        <translation>微調整を再開しますか?</translation>
    </message>
    <message>
        <source>You started a fine-tune on %1 and did not submit it. Resume where you left off?</source>
        <translation>%1 に開始した微調整が送信されていません。中断したところから再開しますか?</translation>
    </message>
    <message>
        <source>Deployment %1 is ready.</source>
        <translation>デプロイ %1 の準備ができました。</translation>
    </message>
    <message>
        <source>Deployment %1 failed.</source>
        <translation>デプロイ %1 に失敗しました。</translation>
    </message>
    <message>
        <source>J&amp;ob</source>
        <translation>ジョブ(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (オフライン)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>no key is stored on this computer for “%1” (the system keychain is not available, or the key was removed).</source>
        <translation>このコンピューターには “%1” のキーが保存されていません (システムのキーチェーンを利用できないか、キーが削除されました)。</translation>
    </message>
    <message>
        <source>%1 (sign-in needed)</source>
        <translation>%1 (サインインが必要)</translation>
    </message>
    <message>
        <source>the key or token of “%1” was accepted but has no access to this resource (HTTP 403). Ask for a role on the resource, or use another key.</source>
        <translation>“%1” のキーまたはトークンは受け入れられましたが、このリソースへのアクセス権がありません (HTTP 403)。リソースのロールを依頼するか、別のキーを使用してください。</translation>
    </message>
    <message>
        <source>the service did not accept the key or token of “%1” (HTTP 401). Check that it belongs to this resource and was not regenerated.</source>
        <translation>サービスは “%1” のキーまたはトークンを受け入れませんでした (HTTP 401)。このリソースのものであり、再生成されていないことを確認してください。</translation>
    </message>
</context>
<context>
    <name>ft::ui::MemorySecretStore</name>
    <message>
        <source>this session only (no keychain service is running)</source>
        <translation>このセッションのみ (キーチェーン サービスが実行されていません)</translation>
    </message>
    <message>
        <source>No keychain service is running: the secret is kept for this session only.</source>
        <translation>キーチェーン サービスが実行されていません: シークレットはこのセッションの間のみ保持されます。</translation>
    </message>
</context>
<context>
    <name>ft::ui::MethodPage</name>
    <message>
        <source>Training method</source>
        <translation>トレーニング方法</translation>
    </message>
    <message>
        <source>How should the model learn from your data?</source>
        <translation>モデルはデータからどのように学習しますか?</translation>
    </message>
    <message>
        <source>&amp;Supervised fine-tuning (SFT)</source>
        <translation>教師あり微調整 (SFT)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Direct preference optimization (DPO)</source>
        <translation>直接選好最適化 (DPO)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reinforcement fine-tuning (RFT)</source>
        <translation>強化微調整 (RFT)(&amp;R)</translation>
    </message>
    <message>
        <source>Learn from example conversations: the assistant&apos;s replies show exactly what to answer.</source>
        <translation>会話の例から学習します。アシスタントの応答が、回答すべき内容をそのまま示します。</translation>
    </message>
    <message>
        <source>Learn from pairs of a preferred and a non-preferred reply to the same prompt.</source>
        <translation>同じプロンプトに対する、優先される応答と優先されない応答のペアから学習します。</translation>
    </message>
    <message>
        <source>Learn by trial: a grader scores sampled answers and the model improves its reasoning.</source>
        <translation>試行から学習します。グレーダーがサンプリングされた回答を採点し、モデルが推論を改善します。</translation>
    </message>
    <message>
        <source>%1 cannot be trained with this method; pick another base model on the next page to use it.</source>
        <translation>%1 はこの方法ではトレーニングできません。この方法を使用するには、次のページで別の基本モデルを選択してください。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training method&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Supervised fine-tuning&lt;/b&gt; (SFT) learns from example conversations: the assistant messages of each line show the answers you want.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Direct preference optimization&lt;/b&gt; (DPO) learns from pairs: a preferred and a non-preferred answer to each prompt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reinforcement fine-tuning&lt;/b&gt; (RFT) lets a reasoning model try answers and learn from the scores a grader gives them.&lt;/p&gt;&lt;p&gt;A method the chosen base model cannot use is disabled, with the reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;トレーニング方法&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;教師あり微調整&lt;/b&gt; (SFT) は会話の例から学習します。各行のアシスタント メッセージが、求める回答を示します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;直接選好最適化&lt;/b&gt; (DPO) はペアから学習します。各プロンプトに対する、優先される回答と優先されない回答のペアです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;強化微調整&lt;/b&gt; (RFT) では、推論モデルが回答を試み、グレーダーが付けたスコアから学習します。&lt;/p&gt;&lt;p&gt;選択した基本モデルで使用できない方法は、理由と共に無効になります。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::MetricsChartView</name>
    <message>
        <source>Drag to zoom, wheel to zoom, middle button or arrow keys to pan, right click to zoom out</source>
        <translation>ドラッグまたはホイールでズーム、中央ボタンまたは方向キーでパン、右クリックでズーム アウト</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::MetricsPanel</name>
    <message>
        <source>Smoothing</source>
        <translation>スムージング</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>ズームのリセット(&amp;Z)</translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation>グラフのエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;All charts to a folder (PNG, SVG and CSV)…</source>
        <translation>すべてのグラフをフォルダーへ (PNG、SVG、CSV)(&amp;A)…</translation>
    </message>
    <message>
        <source>Export the charts into</source>
        <translation>グラフのエクスポート先</translation>
    </message>
    <message>
        <source>Some charts could not be written to %1.</source>
        <translation>一部のグラフを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>画像 (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>ベクター画像 (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>データ (CSV)…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 のエクスポート</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>まだ結果はありません。</translation>
    </message>
    <message>
        <source>The results file cannot be read: %1</source>
        <translation>結果ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>The results file has no metrics yet.</source>
        <translation>結果ファイルにはまだメトリックがありません。</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>表として表示(&amp;T)</translation>
    </message>
    <message>
        <source>Shows the numbers behind the charts, one row per step.</source>
        <translation>グラフの基になる数値を、ステップごとに 1 行で表示します。</translation>
    </message>
    <message>
        <source>Results data</source>
        <translation>結果データ</translation>
    </message>
    <message>
        <source>&amp;Smoothing:</source>
        <translation>スムージング(&amp;S):</translation>
    </message>
    <message>
        <source>Smooths the lines (exponential moving average); the raw points stay.</source>
        <translation>線をスムージングします (指数移動平均)。元のデータ ポイントは残ります。</translation>
    </message>
    <message>
        <source>Shows every step again after zooming.</source>
        <translation>ズーム後に、すべてのステップを再び表示します。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>ft::ui::ModelPage</name>
    <message>
        <source>Base model</source>
        <translation>基本モデル</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune, or a model you fine-tuned before to continue training it.</source>
        <translation>微調整するモデルを選択してください。以前に微調整したモデルを選択して、トレーニングを続行することもできます。</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>モデルの検索</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Tokens per example</source>
        <translation>例あたりのトークン数</translation>
    </message>
    <message>
        <source>Base models</source>
        <translation>基本モデル</translation>
    </message>
    <message>
        <source>Your fine-tuned models and checkpoints</source>
        <translation>微調整済みモデルとチェックポイント</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1 cannot be trained with the method chosen on the first page.</source>
        <translation>%1 は、最初のページで選択した方法ではトレーニングできません。</translation>
    </message>
    <message>
        <source>Not in this app&apos;s model catalog.</source>
        <translation>このアプリのモデル カタログにありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Trains with up to %3 tokens per example; encoding %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;例あたり最大 %3 トークンでトレーニングします。エンコード: %4。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Base model&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The models of this connection that can be fine-tuned, with the methods each supports and its context length. Below them: models you fine-tuned before and their checkpoints — pick one to continue training it on new data.&lt;/p&gt;&lt;p&gt;Type in the search box to filter by name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;基本モデル&lt;/b&gt;&lt;/p&gt;&lt;p&gt;この接続で微調整できるモデルと、それぞれがサポートする方法およびコンテキスト長です。その下には、以前に微調整したモデルとそのチェックポイントが表示されます。いずれかを選択すると、新しいデータでトレーニングを続行できます。&lt;/p&gt;&lt;p&gt;検索ボックスに入力すると、名前で絞り込めます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base models, and your fine-tuned models and checkpoints to continue from.</source>
        <translation>基本モデルと、トレーニングを続行できる微調整済みモデルおよびチェックポイント。</translation>
    </message>
    <message>
        <source>The search hides the chosen model: pick one of the models shown, or clear the search.</source>
        <translation>検索で選択中のモデルが隠れています。表示されているモデルから選ぶか、検索をクリアしてください。</translation>
    </message>
</context>
<context>
    <name>ft::ui::Playground</name>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>System message (optional)</source>
        <translation>システム メッセージ (省略可能)</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>システム メッセージ</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Type a message; Ctrl+Enter sends it</source>
        <translation>メッセージを入力 (Ctrl+Enter で送信)</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(比較なし)</translation>
    </message>
    <message>
        <source>&amp;Chat with:</source>
        <translation>チャット相手(&amp;C):</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion = %3 tokens</source>
        <translation>プロンプト %1 + 完了 %2 = %3 トークン</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>比較対象(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T):</translation>
    </message>
    <message>
        <source>Max to&amp;kens:</source>
        <translation>最大トークン数(&amp;K):</translation>
    </message>
    <message>
        <source>0 gives the most likely answer; higher values vary more.</source>
        <translation>0 で最も可能性の高い回答になります。値が大きいほど回答が変化します。</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>回答の最大長 (トークン数)。</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>クリア(&amp;E)</translation>
    </message>
    <message>
        <source>Your next message; Send asks every chosen deployment.</source>
        <translation>次のメッセージ。[送信] を押すと、選択したすべてのデプロイに問い合わせます。</translation>
    </message>
    <message>
        <source>Sends the message to the chosen deployments.</source>
        <translation>選択したデプロイにメッセージを送信します。</translation>
    </message>
    <message>
        <source>The deployment to chat with.</source>
        <translation>チャットするデプロイ。</translation>
    </message>
    <message>
        <source>Optional: a second deployment answering the same messages, side by side.</source>
        <translation>省略可能: 同じメッセージに回答する 2 つ目のデプロイ。並べて表示されます。</translation>
    </message>
    <message>
        <source>Starts a new conversation.</source>
        <translation>新しい会話を開始します。</translation>
    </message>
    <message>
        <source>Simulated replies: the local emulator answers with the closest training example of the model, or says that none is close. No model runs.</source>
        <translation>シミュレートされた応答: ローカル エミュレーターはモデルのトレーニング例のうち最も近いものの回答を返すか、近いものがないことを伝えます。モデルは実行されません。</translation>
    </message>
</context>
<context>
    <name>ft::ui::ReviewEstimate</name>
    <message>
        <source>No cost estimate: the training file cannot be split here (%1).</source>
        <translation>コストの見積もりはありません: トレーニング ファイルをここで分割できません (%1)。</translation>
    </message>
    <message numerus="yes">
        <source>For the %n examples left for training after the split.</source>
        <translation>
            <numerusform>トレーニング用に残った %n 件の例について (分割後)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No token count or cost estimate: the training file was not checked on this computer.</source>
        <translation>トークン数とコストの見積もりはありません: トレーニング ファイルがこのコンピューター上で確認されていません。</translation>
    </message>
    <message>
        <source>No token count or cost estimate: the service fetches the file itself.</source>
        <translation>トークン数とコストの見積もりはありません: サービスがファイルを自分で取得します。</translation>
    </message>
    <message>
        <source>Counting the tokens…</source>
        <translation>トークンを数えています…</translation>
    </message>
    <message>
        <source>No cost estimate: %1</source>
        <translation>コストの見積もりはありません: %1</translation>
    </message>
    <message>
        <source>Reading the training file back from the resource to count its tokens…</source>
        <translation>トークンを数えるため、リソースからトレーニング ファイルを読み戻しています…</translation>
    </message>
    <message>
        <source>No cost estimate: the training file cannot be read back (%1).</source>
        <translation>コストの見積もりはありません: トレーニング ファイルを読み戻せません (%1)。</translation>
    </message>
    <message>
        <source>Counted in the file on the resource.</source>
        <translation>リソース上のファイルで数えました。</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>トークンとコスト</translation>
    </message>
</context>
<context>
    <name>ft::ui::ReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>レビューして送信</translation>
    </message>
    <message>
        <source>Check what will be sent. Submit uploads any local file still to upload, then creates the job.</source>
        <translation>送信される内容を確認してください。[送信] を押すと、未アップロードのローカル ファイルをアップロードしてから、ジョブを作成します。</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>送信される要求</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (on the resource)</source>
        <translation>%1 (リソース上)</translation>
    </message>
    <message>
        <source>%1 (uploaded on Submit)</source>
        <translation>%1 (送信時にアップロード)</translation>
    </message>
    <message>
        <source>%1 (uploaded as %2)</source>
        <translation>%1 (%2 としてアップロード済み)</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message>
        <source>%1 % split off the training file</source>
        <translation>トレーニング ファイルから %1 % を分割</translation>
    </message>
    <message>
        <source>Direct preference optimization</source>
        <translation>直接選好最適化</translation>
    </message>
    <message>
        <source>Reinforcement fine-tuning</source>
        <translation>強化微調整</translation>
    </message>
    <message>
        <source>Supervised fine-tuning</source>
        <translation>教師あり微調整</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基本モデル</translation>
    </message>
    <message>
        <source>Training tier</source>
        <translation>トレーニング レベル</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>トレーニング データ</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>検証データ</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>サフィックス</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>モデル名</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>サービスが選択</translation>
    </message>
    <message>
        <source>epochs %1, batch size %2, learning rate multiplier %3</source>
        <translation>エポック数 %1、バッチ サイズ %2、学習率乗数 %3</translation>
    </message>
    <message>
        <source>, beta %1</source>
        <translation>、ベータ %1</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>ハイパーパラメーター</translation>
    </message>
    <message>
        <source>the service&apos;s defaults</source>
        <translation>サービスの既定値</translation>
    </message>
    <message>
        <source>Auto-deploy</source>
        <translation>自動デプロイ</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 (デプロイ名: %2)</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>グローバル標準</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>&lt;a new id for each submit&gt;</source>
        <translation>&lt;送信ごとに新しい ID&gt;</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>送信されませんでした: %1</translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation>ジョブ %1 を作成しました。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Review and submit&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Everything you chose, the estimated tokens and cost, and the exact request that will be sent (with the key masked). &lt;b&gt;Submit&lt;/b&gt; uploads local files that are not uploaded yet, then creates the job exactly once, even if the network fails on the way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;レビューして送信&lt;/b&gt;&lt;/p&gt;&lt;p&gt;選択したすべての内容、推定トークン数とコスト、送信される正確な要求 (キーはマスク済み) が表示されます。&lt;b&gt;送信&lt;/b&gt; を押すと、まだアップロードされていないローカル ファイルをアップロードしてから、ジョブを 1 回だけ作成します。途中でネットワークに障害が発生しても同様です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The exact HTTP request Submit sends, with the key masked.</source>
        <translation>[送信] で送信される正確な HTTP 要求 (キーはマスク済み)。</translation>
    </message>
    <message>
        <source>%1 without the share split off for validation (uploaded on Submit)</source>
        <translation>%1 (検証用に分割した分を除く。送信時にアップロード)</translation>
    </message>
</context>
<context>
    <name>ft::ui::Session</name>
    <message>
        <source>Local emulator</source>
        <translation>ローカル エミュレーター</translation>
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
        <translation>&lt;b&gt;オフライン&lt;/b&gt; — サービスに接続できません (%1)。%2 にキャッシュされたジョブを読み取り専用で表示しています。アプリは接続を試行し続けます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — the service cannot be reached (%1). Nothing is cached for this connection yet.</source>
        <translation>&lt;b&gt;オフライン&lt;/b&gt; — サービスに接続できません (%1)。この接続のキャッシュはまだありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;サインイン&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>キーを入力…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>サービスの応答: %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::SuffixSeedPage</name>
    <message>
        <source>Suffix and seed</source>
        <translation>サフィックスとシード</translation>
    </message>
    <message>
        <source>The suffix becomes part of the fine-tuned model&apos;s name. The same seed and data give the same training run.</source>
        <translation>サフィックスは、微調整されたモデルの名前の一部になります。シードとデータが同じであれば、同じトレーニング実行になります。</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>サフィックス</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation>サフィックス(&amp;U):</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>モデル名:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>シード(&amp;E):</translation>
    </message>
    <message>
        <source>%1 allows %2.</source>
        <translation>%1 で使用できるのは %2 です。</translation>
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
        <translation>サービスがシードを選択し、ジョブと共に報告します。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1.</source>
        <translation>シードは 0 ～ %1 の整数である必要があります。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suffix and seed&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The suffix is added to the fine-tuned model&apos;s name so you can recognise it; the service&apos;s rule for it is checked as you type, and the preview shows the name the model will get.&lt;/p&gt;&lt;p&gt;The seed makes a run reproducible: the same seed, data and settings train the same model. Leave it empty for a random seed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;サフィックスとシード&lt;/b&gt;&lt;/p&gt;&lt;p&gt;サフィックスは微調整されたモデルの名前に追加され、モデルを識別しやすくします。入力中にサービスのサフィックス規則が確認され、プレビューにはモデルに付けられる名前が表示されます。&lt;/p&gt;&lt;p&gt;シードを指定すると実行を再現できます。シード、データ、設定が同じであれば、同じモデルがトレーニングされます。ランダムなシードを使用するには、空のままにします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added to the fine-tuned model&apos;s name so you can recognise it.</source>
        <translation>微調整されたモデルの名前に追加され、モデルを識別しやすくします。</translation>
    </message>
</context>
<context>
    <name>ft::ui::TierPage</name>
    <message>
        <source>Training tier</source>
        <translation>トレーニング レベル</translation>
    </message>
    <message>
        <source>Where and how the training runs. Prices are per tier; the cost estimate on the review page uses the one you pick.</source>
        <translation>トレーニングを実行する場所と方法です。価格はレベルごとに異なり、レビュー ページのコスト見積もりには選択したレベルが使用されます。</translation>
    </message>
    <message>
        <source>%1 does not offer this tier.</source>
        <translation>%1 ではこのレベルは提供されていません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training tier&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standard&lt;/b&gt; trains in the resource&apos;s region (data stays there). &lt;b&gt;Global Standard&lt;/b&gt; may train in any region and costs less. &lt;b&gt;Developer&lt;/b&gt; costs least but can be preempted and resumed later, and has no data-residency guarantee.&lt;/p&gt;&lt;p&gt;A tier the model does not offer is disabled, with the reason. OpenAI connections have no tiers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;トレーニング レベル&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;標準&lt;/b&gt; はリソースのリージョンでトレーニングします (データはそのリージョン内に留まります)。&lt;b&gt;グローバル標準&lt;/b&gt; は任意のリージョンでトレーニングされる可能性があり、コストが低くなります。&lt;b&gt;開発者&lt;/b&gt; は最もコストが低いものの、中断されて後で再開される場合があり、データ所在地の保証はありません。&lt;/p&gt;&lt;p&gt;モデルで提供されていないレベルは、理由と共に無効になります。OpenAI の接続にはレベルがありません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>ユーザー ガイド</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>このビルドにはユーザー ガイドが含まれていません。</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>ガイド内を検索</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>ft::ui::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Demo speed</source>
        <translation>デモ速度(&amp;D)</translation>
    </message>
    <message>
        <source>How fast the built-in emulator&apos;s jobs and deployments run.</source>
        <translation>組み込みエミュレーターのジョブとデプロイが進む速さ。</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>実時間</translation>
    </message>
    <message>
        <source>%1× real time</source>
        <translation>実時間の %1 倍</translation>
    </message>
    <message>
        <source>Only the built-in emulator runs at a chosen speed.</source>
        <translation>速度を選べるのは組み込みエミュレーターだけです。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>The system theme is used when Fine-Tune Studio starts again.</source>
        <translation>システムのテーマは Fine-Tune Studio の次回起動時に使用されます。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create, watch, deploy and clean up fine-tuned models on Azure OpenAI and OpenAI — or on the built-in emulator.</source>
        <translation>Azure OpenAI と OpenAI、または組み込みのエミュレーターで、微調整されたモデルを作成、監視、デプロイ、クリーンアップします。</translation>
    </message>
    <message>
        <source>Do not start the built-in emulator.</source>
        <translation>組み込みエミュレーターを起動しません。</translation>
    </message>
    <message>
        <source>Fine-Tune Studio</source>
        <translation>Fine-Tune Studio</translation>
    </message>
    <message>
        <source>The built-in emulator could not start: %1</source>
        <translation>組み込みエミュレーターを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Local emulator</source>
        <translation>ローカル エミュレーター</translation>
    </message>
    <message>
        <source>Azure OpenAI (environment)</source>
        <translation>Azure OpenAI (環境変数)</translation>
    </message>
    <message>
        <source>OpenAI (environment)</source>
        <translation>OpenAI (環境変数)</translation>
    </message>
    <message>
        <source>Language of the user interface: zh_CN, ja_JP, sv_SE or en (default: the setting in View → Language, else the system&apos;s).</source>
        <translation>ユーザー インターフェイスの言語: zh_CN、ja_JP、sv_SE、または en (既定: [表示] → [言語] の設定、それ以外の場合はシステムの言語)。</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: the setting in View → Theme).</source>
        <translation>配色テーマ: system、light、または dark (既定: [表示] → [テーマ] の設定)。</translation>
    </message>
    <message>
        <source>Clock speed of the built-in emulator (default: View → Demo speed, else 5).</source>
        <translation>組み込みエミュレーターの時計の速度 (既定: [表示] → [デモ速度]、なければ 5)。</translation>
    </message>
</context>
</TS>
