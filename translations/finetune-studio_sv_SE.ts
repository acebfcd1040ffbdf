<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ApiError</name>
    <message>
        <source>Cancelled</source>
        <translation>Avbröts</translation>
    </message>
    <message>
        <source>The operation ended %1.</source>
        <translation>Åtgärden avslutades %1.</translation>
    </message>
</context>
<context>
    <name>ArmTarget</name>
    <message>
        <source>subscription</source>
        <translation>prenumeration</translation>
    </message>
    <message>
        <source>resource group</source>
        <translation>resursgrupp</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>ARM token</source>
        <translation>ARM-token</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Training runs in the resource&apos;s region: data stays in that region.</source>
        <translation>Träningen körs i resursens region: data stannar i den regionen.</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>Global Standard</translation>
    </message>
    <message>
        <source>Training may run in any Azure region, at a lower price; no data residency guarantee.</source>
        <translation>Träningen kan köras i valfri Azure-region, till lägre pris; ingen garanti för datahemvist.</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Utvecklare</translation>
    </message>
    <message>
        <source>Lowest price for experiments; jobs may be pre-empted and resumed, no data residency guarantee.</source>
        <translation>Lägsta pris för experiment; jobb kan stoppas tillfälligt och återupptas, ingen garanti för datahemvist.</translation>
    </message>
    <message>
        <source>up to 40 characters: letters a-z and A-Z, digits, - and _</source>
        <translation>högst 40 tecken: bokstäverna a-z och A-Z, siffror, - och _</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 till 64 tecken</translation>
    </message>
    <message>
        <source>The most capable model of the family for complex skills: translation, domain adaptation, code.</source>
        <translation>Familjens mest kapabla modell för komplexa uppgifter: översättning, domänanpassning, kod.</translation>
    </message>
    <message>
        <source>text, image → text</source>
        <translation>text, bild → text</translation>
    </message>
    <message>
        <source>Fast and affordable; a good first choice for focused tasks and distillation.</source>
        <translation>Snabb och prisvärd; ett bra förstahandsval för avgränsade uppgifter och destillering.</translation>
    </message>
    <message>
        <source>text → text</source>
        <translation>text → text</translation>
    </message>
    <message>
        <source>The smallest and cheapest: classification, extraction, low-latency tasks.</source>
        <translation>Minst och billigast: klassificering, extrahering, uppgifter med låg latens.</translation>
    </message>
    <message>
        <source>Multimodal model of the previous generation.</source>
        <translation>Multimodal modell av föregående generation.</translation>
    </message>
    <message>
        <source>Small model of the previous generation.</source>
        <translation>Liten modell av föregående generation.</translation>
    </message>
    <message>
        <source>Reasoning model; reinforcement fine-tuning with a grader.</source>
        <translation>Resonerande modell; finjustering av förstärkning med en bedömare.</translation>
    </message>
    <message>
        <source>Legacy model, kept for existing fine-tunes.</source>
        <translation>Äldre modell, kvar för befintliga finjusteringar.</translation>
    </message>
    <message>
        <source>Published list prices as read on the as-of date; always shown as an estimate. Check the pricing page before budgeting.</source>
        <translation>Publicerade listpriser som de lästes på angivet datum; visas alltid som en uppskattning. Kontrollera prissidan innan du budgeterar.</translation>
    </message>
    <message>
        <source>Support assistant (supervised)</source>
        <translation>Supportassistent (övervakad)</translation>
    </message>
    <message>
        <source>32 conversations in which a shop&apos;s support assistant answers in two or three friendly sentences with the next step.</source>
        <translation>32 samtal där en butiks supportassistent svarar vänligt med två eller tre meningar och nästa steg.</translation>
    </message>
    <message>
        <source>Support assistant (preferences)</source>
        <translation>Supportassistent (preferenser)</translation>
    </message>
    <message>
        <source>22 questions, each with a helpful answer preferred over a curt one.</source>
        <translation>22 frågor, var och en med ett hjälpsamt svar som föredras framför ett kort och snäsigt.</translation>
    </message>
    <message>
        <source>Ticket triage (reinforcement)</source>
        <translation>Sortering av ärenden (förstärkning)</translation>
    </message>
    <message>
        <source>24 customer messages to sort into one of five queues; a string-check grader compares the answer with the reference.</source>
        <translation>24 kundmeddelanden att sortera i en av fem köer; en strängkontrollerande bedömare jämför svaret med jämförelsevärdet.</translation>
    </message>
</context>
<context>
    <name>CheckpointTableModel</name>
    <message>
        <source>Train loss</source>
        <translation>Träningsförlust</translation>
    </message>
    <message>
        <source>Valid loss</source>
        <translation>Valideringsförlust</translation>
    </message>
    <message>
        <source>Full valid loss</source>
        <translation>Fullständig valideringsförlust</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>Träningsnoggrannhet</translation>
    </message>
    <message>
        <source>Valid acc.</source>
        <translation>Valideringsnoggrannhet</translation>
    </message>
    <message>
        <source>Full valid acc.</source>
        <translation>Fullständig valideringsnoggrannhet</translation>
    </message>
    <message>
        <source>Train reward</source>
        <translation>Träningsbelöning</translation>
    </message>
    <message>
        <source>Valid reward</source>
        <translation>Valideringsbelöning</translation>
    </message>
    <message>
        <source>Full valid reward</source>
        <translation>Fullständig valideringsbelöning</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1 is plain http:// on another machine: the key would travel in clear text. Use https://, or http:// on this machine only.</source>
        <translation>%1 är okrypterad http:// på en annan dator: nyckeln skulle skickas i klartext. Använd https://, eller http:// endast på den här datorn.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Local emulator</source>
        <translation>Lokal emulator</translation>
    </message>
    <message>
        <source>Azure OpenAI (v1 API)</source>
        <translation>Azure OpenAI (v1-API)</translation>
    </message>
    <message>
        <source>Azure OpenAI (classic API %1)</source>
        <translation>Azure OpenAI (klassiskt API %1)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ge anslutningen ett namn.</translation>
    </message>
    <message>
        <source>Enter the endpoint, for example https://my-resource.openai.azure.com.</source>
        <translation>Ange slutpunkten, till exempel https://my-resource.openai.azure.com.</translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is allowed on this computer only).</source>
        <translation>Slutpunkten måste använda https:// (okrypterad http:// tillåts bara på den här datorn).</translation>
    </message>
</context>
<context>
    <name>DatasetAnalyzer</name>
    <message>
        <source>This example has %1 tokens, more than the %2 that %3 trains on; the service will truncate it.</source>
        <translation>Det här exemplet har %1 token, fler än de %2 som %3 tränar på; tjänsten trunkerar det.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbröts</translation>
    </message>
</context>
<context>
    <name>DatasetReport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more error(s))</source>
        <translation>
            <numerusform> (och %n fel till)</numerusform>
            <numerusform> (och %n fel till)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetSplitter</name>
    <message>
        <source>The validation share must be between 1 and 50 %.</source>
        <translation>Valideringsandelen måste vara mellan 1 och 50 %.</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>The file is %1 MB; files up to %2 MB can be uploaded in one request. Use the chunked upload (Uploads API) for larger files.</source>
        <translation>Filen är %1 MB; filer på upp till %2 MB kan laddas upp i en begäran. Använd segmenterad uppladdning (Uploads API) för större filer.</translation>
    </message>
    <message>
        <source>The file has %1 example(s); at least %2 are required.</source>
        <translation>Filen har %1 exempel; minst %2 krävs.</translation>
    </message>
    <message>
        <source>The file has %1 examples; at most %2 are allowed for this method.</source>
        <translation>Filen har %1 exempel; högst %2 tillåts för den här metoden.</translation>
    </message>
    <message>
        <source>The file has no byte-order mark. Azure&apos;s documentation asks for UTF-8 with BOM; the service accepts files without one.</source>
        <translation>Filen saknar byteordningsmarkering (BOM). Azures dokumentation anger UTF-8 med BOM; tjänsten godtar filer utan.</translation>
    </message>
    <message>
        <source>Blank line (ignored by the service).</source>
        <translation>Tom rad (ignoreras av tjänsten).</translation>
    </message>
    <message>
        <source>Not valid UTF-8 at byte %1 of the line (byte 0x%2).</source>
        <translation>Ogiltig UTF-8 vid byte %1 på raden (byte 0x%2).</translation>
    </message>
    <message>
        <source>The line is not valid JSON.</source>
        <translation>Raden är inte giltig JSON.</translation>
    </message>
    <message>
        <source>Each line must be one JSON object.</source>
        <translation>Varje rad måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>This example repeats an earlier line.</source>
        <translation>Det här exemplet upprepar en tidigare rad.</translation>
    </message>
    <message>
        <source>Each message must be a JSON object.</source>
        <translation>Varje meddelande måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The message has no role.</source>
        <translation>Meddelandet saknar roll.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (expected system, developer, user, assistant or tool).</source>
        <translation>Okänd roll &quot;%1&quot; (förväntade system, developer, user, assistant eller tool).</translation>
    </message>
    <message>
        <source>Preferred and non-preferred outputs may only hold assistant or tool messages.</source>
        <translation>Föredragna och icke föredragna utdata får bara innehålla assistant- eller tool-meddelanden.</translation>
    </message>
    <message>
        <source>The message has no content.</source>
        <translation>Meddelandet saknar innehåll.</translation>
    </message>
    <message>
        <source>A text part needs a string &quot;text&quot;.</source>
        <translation>En textdel behöver en sträng &quot;text&quot;.</translation>
    </message>
    <message>
        <source>An image part needs &quot;image_url&quot;: {&quot;url&quot;: ...}.</source>
        <translation>En bilddel behöver &quot;image_url&quot;: {&quot;url&quot;: ...}.</translation>
    </message>
    <message>
        <source>Content parts must be of type text or image_url, not &quot;%1&quot;.</source>
        <translation>Innehållsdelar måste vara av typen text eller image_url, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Content must be a string or an array of parts.</source>
        <translation>Innehållet måste vara en sträng eller en matris med delar.</translation>
    </message>
    <message>
        <source>Only assistant messages may have a weight.</source>
        <translation>Endast assistant-meddelanden får ha en vikt.</translation>
    </message>
    <message>
        <source>The weight must be 0 or 1.</source>
        <translation>Vikten måste vara 0 eller 1.</translation>
    </message>
    <message>
        <source>The name must be a string.</source>
        <translation>Namnet måste vara en sträng.</translation>
    </message>
    <message>
        <source>tool_calls must be an array.</source>
        <translation>tool_calls måste vara en matris.</translation>
    </message>
    <message>
        <source>A tool call needs an id, type &quot;function&quot; and function {name, arguments as a string}.</source>
        <translation>Ett verktygsanrop behöver ett id, type &quot;function&quot; och function {name, arguments som sträng}.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a message; the service may reject or ignore it.</source>
        <translation>Okänd nyckel &quot;%1&quot; i ett meddelande; tjänsten kan avvisa eller ignorera den.</translation>
    </message>
    <message>
        <source>The example needs a non-empty &quot;messages&quot; array.</source>
        <translation>Exemplet behöver en icke-tom &quot;messages&quot;-matris.</translation>
    </message>
    <message>
        <source>The example has no assistant message to train on (weight not 0).</source>
        <translation>Exemplet har inget assistant-meddelande att träna på (vikt inte 0).</translation>
    </message>
    <message>
        <source>Every assistant message of this example has weight 0: its tokens are billed, but nothing is learned from it.</source>
        <translation>Varje assistant-meddelande i detta exempel har vikt 0: dess tokens debiteras, men inget lärs av det.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; the service ignores or rejects it.</source>
        <translation>Okänd nyckel &quot;%1&quot;; tjänsten ignorerar eller avvisar den.</translation>
    </message>
    <message>
        <source>A DPO example needs &quot;input&quot;: {&quot;messages&quot;: [...]} with at least one message.</source>
        <translation>Ett DPO-exempel behöver &quot;input&quot;: {&quot;messages&quot;: [...]} med minst ett meddelande.</translation>
    </message>
    <message>
        <source>tools must be an array.</source>
        <translation>tools måste vara en matris.</translation>
    </message>
    <message>
        <source>parallel_tool_calls must be true or false.</source>
        <translation>parallel_tool_calls måste vara true eller false.</translation>
    </message>
    <message>
        <source>A DPO example needs &quot;%1&quot;: a non-empty array of assistant messages.</source>
        <translation>Ett DPO-exempel behöver &quot;%1&quot;: en icke-tom matris med assistant-meddelanden.</translation>
    </message>
    <message>
        <source>For reinforcement fine-tuning the last message must have role &quot;user&quot;.</source>
        <translation>Vid finjustering av förstärkning måste sista meddelandet ha rollen &quot;user&quot;.</translation>
    </message>
    <message>
        <source>The grader reads {{item.%1}}, but this example has no &quot;%1&quot;.</source>
        <translation>Bedömaren läser {{item.%1}}, men det här exemplet saknar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbröts</translation>
    </message>
    <message>
        <source>direct preference optimization (DPO)</source>
        <translation>direktpreferensoptimering (DPO)</translation>
    </message>
    <message>
        <source>reinforcement (RFT)</source>
        <translation>finjustering av förstärkning (RFT)</translation>
    </message>
    <message>
        <source>supervised (SFT)</source>
        <translation>övervakad finjustering (SFT)</translation>
    </message>
    <message>
        <source>This file looks like %1 data (%2 of %3 examples), but the training method is %4. Choose %1 as the method, or a file in the %4 format.</source>
        <translation>Den här filen ser ut som data för %1 (%2 av %3 exempel), men träningsmetoden är %4. Välj %1 som metod, eller en fil i formatet för %4.</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>An estimate from the price table of %1 (%2).</source>
        <translation>En uppskattning från pristabellen från %1 (%2).</translation>
    </message>
    <message>
        <source>by throughput units</source>
        <translation>per dataflödesenhet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>not from this app</source>
        <translation>inte från den här appen</translation>
    </message>
    <message>
        <source>%1 (Developer lifetime)</source>
        <translation>%1 (livslängd för Utvecklare)</translation>
    </message>
    <message>
        <source>Idle: removed %1</source>
        <translation>Inaktiv: tas bort %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Timpris</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>Uppe i</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Kostnad hittills</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Senast använd</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Tas bort</translation>
    </message>
</context>
<context>
    <name>DeploymentsApi</name>
    <message>
        <source>Deployments are managed through Azure Resource Manager. Add to the connection: %1.</source>
        <translation>Distributioner hanteras via Azure Resource Manager. Lägg till i anslutningen: %1.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Används av</translation>
    </message>
</context>
<context>
    <name>FilesApi</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Importing a file from a URL is only offered by the Azure OpenAI classic API (api-version). Download the file and upload it instead.</source>
        <translation>Import av en fil från en URL erbjuds bara av det klassiska Azure OpenAI-API:t (api-version). Ladda ned filen och ladda upp den i stället.</translation>
    </message>
</context>
<context>
    <name>FineTuningJobRequest</name>
    <message>
        <source>Choose the base model.</source>
        <translation>Välj basmodellen.</translation>
    </message>
    <message>
        <source>The task must be chat completion or text completion.</source>
        <translation>Uppgiften måste vara chattslutförande eller textslutförande.</translation>
    </message>
    <message>
        <source>Choose the training data.</source>
        <translation>Välj träningsdata.</translation>
    </message>
    <message>
        <source>The validation data is not a data asset or a datastore path.</source>
        <translation>Valideringsdata är varken en datatillgång eller en sökväg i ett datalager.</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <source>The grader</source>
        <translation>Bedömaren</translation>
    </message>
    <message>
        <source>Grader &quot;%1&quot;</source>
        <translation>Bedömaren &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has an unknown type &quot;%2&quot; (expected string_check, text_similarity, score_model, python, label_model or multi).</source>
        <translation>%1 har en okänd typ &quot;%2&quot; (förväntade string_check, text_similarity, score_model, python, label_model eller multi).</translation>
    </message>
    <message>
        <source>Every grader needs a name.</source>
        <translation>Varje bedömare behöver ett namn.</translation>
    </message>
    <message>
        <source>%1 needs an input.</source>
        <translation>%1 behöver indata.</translation>
    </message>
    <message>
        <source>%1 needs a reference.</source>
        <translation>%1 behöver ett jämförelsevärde.</translation>
    </message>
    <message>
        <source>%1 has operation &quot;%2&quot;; use eq, ne, like or ilike.</source>
        <translation>%1 har operationen &quot;%2&quot;; använd eq, ne, like eller ilike.</translation>
    </message>
    <message>
        <source>%1 has evaluation metric &quot;%2&quot;, which is not one of %3.</source>
        <translation>%1 har utvärderingsmåttet &quot;%2&quot;, som inte är något av %3.</translation>
    </message>
    <message>
        <source>%1 needs a model.</source>
        <translation>%1 behöver en modell.</translation>
    </message>
    <message>
        <source>%1 needs input messages.</source>
        <translation>%1 behöver indatameddelanden.</translation>
    </message>
    <message>
        <source>%1 needs labels and passing labels.</source>
        <translation>%1 behöver etiketter och godkända etiketter.</translation>
    </message>
    <message>
        <source>%1 has a range that is not [low, high].</source>
        <translation>%1 har ett intervall som inte har formen [lägsta, högsta].</translation>
    </message>
    <message>
        <source>%1 needs Python source code.</source>
        <translation>%1 behöver Python-källkod.</translation>
    </message>
    <message>
        <source>%1&apos;s source must define grade(sample, item).</source>
        <translation>%1: källkoden måste definiera grade(sample, item).</translation>
    </message>
    <message>
        <source>%1 combines no graders.</source>
        <translation>%1 kombinerar inga bedömare.</translation>
    </message>
    <message>
        <source>%1 needs a calculate_output formula.</source>
        <translation>%1 behöver en calculate_output-formel.</translation>
    </message>
    <message>
        <source>%1 nests a multi grader, which is not allowed.</source>
        <translation>%1 innehåller en nästlad multi-bedömare, vilket inte är tillåtet.</translation>
    </message>
</context>
<context>
    <name>GraderDataCheck</name>
    <message>
        <source>%1 of %2 examples have no field &quot;%3&quot; (first on line %4), which the grader reads as {{item.%3}}.</source>
        <translation>%1 av %2 exempel saknar fältet &quot;%3&quot; (först på rad %4), som bedömaren läser som {{item.%3}}.</translation>
    </message>
    <message>
        <source>In %1 of %2 examples the field &quot;%3&quot; is an object or a list (first on line %4); the grader reads it as text.</source>
        <translation>I %1 av %2 exempel är fältet &quot;%3&quot; ett objekt eller en lista (först på rad %4); bedömaren läser det som text.</translation>
    </message>
    <message>
        <source>The data file cannot be read: %1</source>
        <translation>Datafilen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The data file holds no examples to check the grader against.</source>
        <translation>Datafilen innehåller inga exempel att kontrollera bedömaren mot.</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Validating files</source>
        <translation>Validerar filer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Återupptar</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Slutfört</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Övervakad</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>Reinforcement</source>
        <translation>Förstärkning</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(inget suffix)</translation>
    </message>
    <message>
        <source>done in about %1</source>
        <translation>klart om cirka %1</translation>
    </message>
    <message>
        <source>The service reported the status &quot;%1&quot;, which this version does not know.</source>
        <translation>Tjänsten rapporterade statusen &quot;%1&quot;, som den här versionen inte känner till.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Model / suffix</source>
        <translation>Modell / suffix</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basmodell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>Tränade token</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
</context>
<context>
    <name>JobsApi</name>
    <message>
        <source>Copying a checkpoint to another resource is an Azure OpenAI v1 preview feature.</source>
        <translation>Att kopiera en kontrollpunkt till en annan resurs är en förhandsversionsfunktion i Azure OpenAI v1.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The JSON text is larger than %1 bytes.</source>
        <translation>JSON-texten är större än %1 byte.</translation>
    </message>
    <message>
        <source>The JSON text nests arrays and objects deeper than %1 levels.</source>
        <translation>JSON-texten nästlar matriser och objekt djupare än %1 nivåer.</translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <source>Loss</source>
        <translation>Förlust</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Träningsförlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Valideringsförlust</translation>
    </message>
    <message>
        <source>Full validation loss (per epoch)</source>
        <translation>Fullständig valideringsförlust (per epok)</translation>
    </message>
    <message>
        <source>Mean token accuracy</source>
        <translation>Genomsnittlig tokennoggrannhet</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Noggrannhet</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Träningsnoggrannhet</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Valideringsnoggrannhet</translation>
    </message>
    <message>
        <source>Full validation accuracy (per epoch)</source>
        <translation>Fullständig valideringsnoggrannhet (per epok)</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belöning</translation>
    </message>
    <message>
        <source>Mean reward</source>
        <translation>Genomsnittlig belöning</translation>
    </message>
    <message>
        <source>Training reward</source>
        <translation>Träningsbelöning</translation>
    </message>
    <message>
        <source>Validation reward</source>
        <translation>Valideringsbelöning</translation>
    </message>
    <message>
        <source>Full validation reward (per epoch)</source>
        <translation>Fullständig valideringsbelöning (per epok)</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Resonemangstoken</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Reasoning tokens (mean)</source>
        <translation>Resonemangstoken (medel)</translation>
    </message>
    <message>
        <source>Completion tokens (mean)</source>
        <translation>Slutförandetoken (medel)</translation>
    </message>
    <message>
        <source>Parse errors</source>
        <translation>Parsningsfel</translation>
    </message>
    <message>
        <source>Rate / count</source>
        <translation>Andel / antal</translation>
    </message>
    <message>
        <source>Full validation parse error rate</source>
        <translation>Andel parsningsfel, fullständig validering</translation>
    </message>
    <message>
        <source>Unresponsive rewards (mean)</source>
        <translation>Belöningar utan svar (medel)</translation>
    </message>
    <message>
        <source>Grader %1: sample parse errors</source>
        <translation>Bedömare %1: parsningsfel i svar</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 är tomt.</translation>
    </message>
    <message>
        <source>The %1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 har %2 tecken; högst %3 är tillåtna.</translation>
    </message>
    <message>
        <source>The %1 must start with a letter or a digit.</source>
        <translation>%1 måste börja med en bokstav eller en siffra.</translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits, &apos;-&apos; and &apos;_&apos;; &apos;%2&apos; is not allowed.</source>
        <translation>%1 får bara innehålla bokstäver, siffror, &apos;-&apos; och &apos;_&apos;; &apos;%2&apos; är inte tillåtet.</translation>
    </message>
    <message>
        <source>job name</source>
        <translation>Jobbnamnet</translation>
    </message>
    <message>
        <source>data asset name</source>
        <translation>Datatillgångens namn</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>Modellnamnet</translation>
    </message>
    <message>
        <source>marketplace subscription name</source>
        <translation>Marketplace-prenumerationens namn</translation>
    </message>
    <message>
        <source>The data asset version is empty.</source>
        <translation>Datatillgångens version är tom.</translation>
    </message>
    <message>
        <source>The data asset version has %1 characters; at most %2 are allowed.</source>
        <translation>Datatillgångens version har %1 tecken; högst %2 är tillåtna.</translation>
    </message>
    <message>
        <source>The data asset version may not contain spaces or &apos;/&apos;, &apos;\&apos;, &apos;?&apos;, &apos;#&apos;, &apos;%&apos;.</source>
        <translation>Datatillgångens version får inte innehålla blanksteg eller &apos;/&apos;, &apos;\&apos;, &apos;?&apos;, &apos;#&apos;, &apos;%&apos;.</translation>
    </message>
    <message>
        <source>The endpoint name is empty.</source>
        <translation>Slutpunktens namn är tomt.</translation>
    </message>
    <message>
        <source>The endpoint name has %1 characters; at most %2 are allowed.</source>
        <translation>Slutpunktens namn har %1 tecken; högst %2 är tillåtna.</translation>
    </message>
    <message>
        <source>The endpoint name must start with a letter.</source>
        <translation>Slutpunktens namn måste börja med en bokstav.</translation>
    </message>
    <message>
        <source>The endpoint name may contain only letters, digits and &apos;-&apos;; &apos;%1&apos; is not allowed.</source>
        <translation>Slutpunktens namn får bara innehålla bokstäver, siffror och &apos;-&apos;; &apos;%1&apos; är inte tillåtet.</translation>
    </message>
</context>
<context>
    <name>NumberRange</name>
    <message>
        <source>%1 and ≤ %2</source>
        <translation>%1 och ≤ %2</translation>
    </message>
</context>
<context>
    <name>OpenModel</name>
    <message>
        <source>%1 cannot be fine-tuned serverless in any region.</source>
        <translation>%1 kan inte finjusteras serverlöst i någon region.</translation>
    </message>
    <message>
        <source>%1 can be fine-tuned only in %2</source>
        <translation>%1 kan bara finjusteras i %2</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The service&apos;s list does not advance: page %1 says there is more but gives a cursor it gave before.</source>
        <translation>Tjänstens lista går inte framåt: sida %1 säger att det finns mer men ger en markör som den redan har gett.</translation>
    </message>
    <message>
        <source>The service&apos;s list does not end: it still says there is more after %1 pages.</source>
        <translation>Tjänstens lista tar inte slut: den säger fortfarande att det finns mer efter %1 sidor.</translation>
    </message>
</context>
<context>
    <name>PathSegment</name>
    <message>
        <source>1 to 256 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or a digit.</source>
        <translation>1 till 256 bokstäver, siffror, &apos;-&apos; eller &apos;_&apos;, som börjar med en bokstav eller en siffra.</translation>
    </message>
    <message>
        <source>1 to 256 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;:&apos;, starting with a letter or a digit.</source>
        <translation>1 till 256 bokstäver, siffror, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; eller &apos;:&apos;, som börjar med en bokstav eller en siffra.</translation>
    </message>
    <message>
        <source>2 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or a digit.</source>
        <translation>2 till 64 bokstäver, siffror, &apos;-&apos;, &apos;_&apos; eller &apos;.&apos;, som börjar med en bokstav eller en siffra.</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits or &apos;-&apos; (a subscription id is a GUID).</source>
        <translation>1 till 64 bokstäver, siffror eller &apos;-&apos; (ett prenumerations-id är ett GUID).</translation>
    </message>
    <message>
        <source>1 to 90 letters, digits, &apos;_&apos;, &apos;(&apos;, &apos;)&apos;, &apos;-&apos; or &apos;.&apos;, not ending with &apos;.&apos;.</source>
        <translation>1 till 90 bokstäver, siffror, &apos;_&apos;, &apos;(&apos;, &apos;)&apos;, &apos;-&apos; eller &apos;.&apos;, som inte slutar med &apos;.&apos;.</translation>
    </message>
    <message>
        <source>file id</source>
        <translation>fil-id</translation>
    </message>
    <message>
        <source>fine-tuning job id</source>
        <translation>id för finjusteringsjobb</translation>
    </message>
    <message>
        <source>checkpoint id</source>
        <translation>kontrollpunkts-id</translation>
    </message>
    <message>
        <source>upload id</source>
        <translation>uppladdnings-id</translation>
    </message>
    <message>
        <source>model id</source>
        <translation>modell-id</translation>
    </message>
    <message>
        <source>deployment name</source>
        <translation>distributionsnamn</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>prenumeration</translation>
    </message>
    <message>
        <source>resource group</source>
        <translation>resursgrupp</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>kontonamn</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>Värdet för %1 är tomt.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is a relative path (&apos;.&apos; or &apos;..&apos;), not a name.</source>
        <translation>Värdet för %1, &quot;%2&quot;, är en relativ sökväg (&apos;.&apos; eller &apos;..&apos;), inte ett namn.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a path separator (&apos;/&apos; or &apos;\&apos;).</source>
        <translation>Värdet för %1, &quot;%2&quot;, innehåller en sökvägsavgränsare (&apos;/&apos; eller &apos;\&apos;).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a control character.</source>
        <translation>Värdet för %1, &quot;%2&quot;, innehåller ett kontrolltecken.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: %3</source>
        <translation>Värdet för %1, &quot;%2&quot;, är ogiltigt: %3</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>auto</source>
        <translation>auto</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>The file has no &quot;step&quot; column.</source>
        <translation>Filen saknar kolumnen &quot;step&quot;.</translation>
    </message>
    <message>
        <source>Line %1: the step is not a number.</source>
        <translation>Rad %1: steget är inte ett tal.</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a number.</source>
        <translation>Rad %1, kolumn %2: &quot;%3&quot; är inte ett tal.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
</context>
<context>
    <name>SuffixRule</name>
    <message>
        <source>The suffix has %1 characters; at most %2 are allowed.</source>
        <translation>Suffixet har %1 tecken; högst %2 tillåts.</translation>
    </message>
    <message>
        <source>The suffix must be %1.</source>
        <translation>Suffixet måste vara %1.</translation>
    </message>
</context>
<context>
    <name>TaskParameters</name>
    <message>
        <source>%1 must be %2; %3 is not.</source>
        <translation>%1 måste vara %2; %3 är inte tillåtet.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchstorlek</translation>
    </message>
    <message>
        <source>Learning rate multiplier</source>
        <translation>Multiplikator för inlärningshastighet</translation>
    </message>
    <message>
        <source>Number of epochs</source>
        <translation>Antal epoker</translation>
    </message>
    <message>
        <source>%1 is set twice: as a task parameter and as a custom key.</source>
        <translation>%1 anges två gånger: som uppgiftsparameter och som anpassad nyckel.</translation>
    </message>
    <message>
        <source>A custom parameter has no name.</source>
        <translation>En anpassad parameter saknar namn.</translation>
    </message>
</context>
<context>
    <name>TokenizerChoice</name>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>uppskattning</translation>
    </message>
    <message>
        <source>Exact: counted with %1&apos;s own tokenizer (%2); special tokens are not included.</source>
        <translation>Exakt: räknat med %1:s egen tokeniserare (%2); specialtoken räknas inte med.</translation>
    </message>
    <message>
        <source>Estimate: %1 tokens × %2, rounded up; %3 uses a tokenizer this app does not have (%4).</source>
        <translation>Uppskattning: %1-token × %2, avrundat uppåt; %3 använder en tokeniserare som appen inte har (%4).</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>The service answered with something that is not a JSON object.</source>
        <translation>Tjänsten svarade med något som inte är ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The service answered with an object that has no usable id.</source>
        <translation>Tjänsten svarade med ett objekt som saknar användbart id.</translation>
    </message>
    <message>
        <source>The service answered with a list that is not a list of objects.</source>
        <translation>Tjänsten svarade med en lista som inte är en lista med objekt.</translation>
    </message>
    <message>
        <source>The service answered with something that is not a deployment.</source>
        <translation>Tjänsten svarade med något som inte är en distribution.</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <source>Permission to write there is denied.</source>
        <translation>Behörighet att skriva där saknas.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>Disken är skrivskyddad.</translation>
    </message>
    <message>
        <source>The disk reported an error: %1.</source>
        <translation>Disken rapporterade ett fel: %1.</translation>
    </message>
    <message>
        <source>%1 could not be saved. %2</source>
        <translation>%1 kunde inte sparas. %2</translation>
    </message>
</context>
<context>
    <name>ft::api::ArmOperation</name>
    <message>
        <source>The operation did not finish within %1 s (last state: %2).</source>
        <translation>Åtgärden blev inte klar inom %1 s (senaste tillstånd: %2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>The operation status is not a JSON object with a status.</source>
        <translation>Åtgärdens status är inte ett JSON-objekt med en status.</translation>
    </message>
    <message>
        <source>The operation did not finish in time.</source>
        <translation>Åtgärden blev inte klar i tid.</translation>
    </message>
</context>
<context>
    <name>ft::api::AutoDeployQueue</name>
    <message>
        <source>The job did not succeed.</source>
        <translation>Jobbet lyckades inte.</translation>
    </message>
</context>
<context>
    <name>ft::api::ChunkedUploader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan inte läsa %1.</translation>
    </message>
    <message>
        <source>The completed upload has no file.</source>
        <translation>Den slutförda uppladdningen har ingen fil.</translation>
    </message>
</context>
<context>
    <name>ft::api::FileUploader</name>
    <message>
        <source>The service could not process %1: %2</source>
        <translation>Tjänsten kunde inte bearbeta %1: %2</translation>
    </message>
    <message>
        <source>The file %1 was deleted before the service processed it.</source>
        <translation>Filen %1 togs bort innan tjänsten hade bearbetat den.</translation>
    </message>
    <message>
        <source>The service is still processing %1.</source>
        <translation>Tjänsten bearbetar fortfarande %1.</translation>
    </message>
</context>
<context>
    <name>ft::api::FineTuneSubmitter</name>
    <message>
        <source>Splitting needs the training data as a local file.</source>
        <translation>Uppdelning kräver träningsdata som lokal fil.</translation>
    </message>
    <message>
        <source>Splitting the training file</source>
        <translation>Delar upp träningsfilen</translation>
    </message>
    <message>
        <source>Creating the fine-tuning job</source>
        <translation>Skapar finjusteringsjobbet</translation>
    </message>
    <message>
        <source>Creating the fine-tuning job (again after: %1)</source>
        <translation>Skapar finjusteringsjobbet (igen efter: %1)</translation>
    </message>
    <message>
        <source>Waiting for the service to process the validation file</source>
        <translation>Väntar på att tjänsten ska bearbeta valideringsfilen</translation>
    </message>
    <message>
        <source>Waiting for the service to process the training file</source>
        <translation>Väntar på att tjänsten ska bearbeta träningsfilen</translation>
    </message>
    <message>
        <source>No validation file was chosen.</source>
        <translation>Ingen valideringsfil har valts.</translation>
    </message>
    <message>
        <source>No training file was chosen.</source>
        <translation>Ingen träningsfil har valts.</translation>
    </message>
    <message>
        <source>The validation file %1 cannot be read.</source>
        <translation>Valideringsfilen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>The training file %1 cannot be read.</source>
        <translation>Träningsfilen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>Uploading the validation file %1</source>
        <translation>Laddar upp valideringsfilen %1</translation>
    </message>
    <message>
        <source>Uploading the training file %1</source>
        <translation>Laddar upp träningsfilen %1</translation>
    </message>
    <message>
        <source>Importing the validation file from %1</source>
        <translation>Importerar valideringsfilen från %1</translation>
    </message>
    <message>
        <source>Importing the training file from %1</source>
        <translation>Importerar träningsfilen från %1</translation>
    </message>
    <message>
        <source>No validation data was chosen.</source>
        <translation>Inga valideringsdata har valts.</translation>
    </message>
    <message>
        <source>No training data was chosen.</source>
        <translation>Inga träningsdata har valts.</translation>
    </message>
</context>
<context>
    <name>ft::api::PendingCall</name>
    <message>
        <source>The request body could not be prepared.</source>
        <translation>Begärandetexten kunde inte förberedas.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB; it was refused.</source>
        <translation>Svaret är större än %1 MB; det avvisades.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Tjänsten svarade inte i tid.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Det gick inte att upprätta en säker anslutning till %1: %2</translation>
    </message>
    <message>
        <source>The call did not finish within %1 seconds.</source>
        <translation>Anropet blev inte klart inom %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>ft::control::Conversation</name>
    <message>
        <source>There is no connection.</source>
        <translation>Det finns ingen anslutning.</translation>
    </message>
</context>
<context>
    <name>ft::control::JobController</name>
    <message>
        <source>The model %1 was deleted.</source>
        <translation>Modellen %1 har tagits bort.</translation>
    </message>
    <message>
        <source>This model cannot be deployed: the service&apos;s safety evaluation found content above the accepted level for %1.</source>
        <translation>Den här modellen kan inte distribueras: tjänstens säkerhetsutvärdering fann innehåll över den godtagna nivån för %1.</translation>
    </message>
</context>
<context>
    <name>ft::control::Session</name>
    <message>
        <source>There is no connection.</source>
        <translation>Det finns ingen anslutning.</translation>
    </message>
    <message>
        <source>Fine-tuned from %1 (job %2)</source>
        <translation>Finjusterad från %1 (jobb %2)</translation>
    </message>
    <message>
        <source>Checkpoint at step %1</source>
        <translation>Kontrollpunkt vid steg %1</translation>
    </message>
    <message>
        <source>%1: checkpoint at step %2 of job %3</source>
        <translation>%1: kontrollpunkt vid steg %2 i jobb %3</translation>
    </message>
</context>
<context>
    <name>ft::core::Safety</name>
    <message>
        <source>Hate and fairness</source>
        <translation>Hat och rättvisa</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Rättvisa</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Självskada</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Våld</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Sexuellt</translation>
    </message>
</context>
<context>
    <name>ft::ui::AutoDeployPage</name>
    <message>
        <source>&amp;Off: deploy it later from the dashboard</source>
        <translation>&amp;Av: distribuera senare från instrumentpanelen</translation>
    </message>
    <message>
        <source>&amp;Global Standard</source>
        <translation>&amp;Global Standard</translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation>&amp;Utvecklare</translation>
    </message>
    <message>
        <source>Auto-deploy</source>
        <translation>Automatisk distribution</translation>
    </message>
    <message>
        <source>Deploy the fine-tuned model as soon as the job succeeds.</source>
        <translation>Distribuera den finjusterade modellen så snart jobbet lyckas.</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>Distributionsnamn</translation>
    </message>
    <message>
        <source>Hosting a deployment is billed by the hour, whether it is used or not; a deployment of a fine-tuned model that is unused for 15 days is removed by the service.</source>
        <translation>En distribution debiteras per timme, oavsett om den används eller inte; en distribution av en finjusterad modell som inte används på 15 dagar tas bort av tjänsten.</translation>
    </message>
    <message>
        <source>      Global capacity, the usual choice for production.</source>
        <translation>      Global kapacitet, det vanliga valet för produktion.</translation>
    </message>
    <message>
        <source>      For evaluation: low cost, no latency guarantees.</source>
        <translation>      För utvärdering: låg kostnad, inga latensgarantier.</translation>
    </message>
    <message>
        <source>Deployments are made through Azure Resource Manager. To deploy automatically, add to the connection: %1.</source>
        <translation>Distributioner görs via Azure Resource Manager. Lägg till i anslutningen för att distribuera automatiskt: %1.</translation>
    </message>
    <message>
        <source>2 to 64 characters: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>2 till 64 tecken: bokstäver, siffror, &apos;-&apos;, &apos;_&apos; och &apos;.&apos;, som börjar med en bokstav eller siffra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Auto-deploy&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When the job succeeds, Fine-Tune Studio creates a deployment of the new model with the name and type you choose here, so it is ready to try in the playground. Hosting is billed by the hour while a deployment exists.&lt;/p&gt;&lt;p&gt;It needs the connection&apos;s Azure Resource Manager target (Connections dialog).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Automatisk distribution&lt;/b&gt;&lt;/p&gt;&lt;p&gt;När jobbet lyckas skapar Fine-Tune Studio en distribution av den nya modellen med det namn och den typ du väljer här, så att den är redo att provas i lekplatsen. Värdtjänsten debiteras per timme så länge distributionen finns.&lt;/p&gt;&lt;p&gt;Det kräver anslutningens mål i Azure Resource Manager (dialogrutan Anslutningar).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deployment na&amp;me:</source>
        <translation>Distributionsna&amp;mn:</translation>
    </message>
    <message>
        <source>No deployment now; deploy from the job&apos;s page later.</source>
        <translation>Ingen distribution nu; distribuera senare från jobbets sida.</translation>
    </message>
    <message>
        <source>A Global Standard deployment, billed per token.</source>
        <translation>En distribution av typen Global Standard, debiteras per token.</translation>
    </message>
    <message>
        <source>A Developer deployment: cheapest, for trying the model out.</source>
        <translation>En distribution av typen Utvecklare: billigast, för att prova modellen.</translation>
    </message>
</context>
<context>
    <name>ft::ui::CheckReportWidget</name>
    <message>
        <source>Save a copy with a byte-order &amp;mark…</source>
        <translation>&amp;Spara en kopia med byteordningsmarkering…</translation>
    </message>
    <message>
        <source>Findings of the dataset check</source>
        <translation>Anmärkningar från kontrollen av datauppsättningen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>mindre än %1</translation>
    </message>
    <message>
        <source>%1 examples · %2 tokens (per example: median %3, p95 %4, max %5)</source>
        <translation>%1 exempel · %2 token (per exempel: median %3, p95 %4, max %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) exceed the limit of %1 tokens and will be truncated.</source>
        <translation>
            <numerusform>%n exempel överskrider gränsen på %1 token och trunkeras.</numerusform>
            <numerusform>%n exempel överskrider gränsen på %1 token och trunkeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 epochs%2 · %3 billed tokens</source>
        <translation>%1 epoker%2 · %3 debiterade token</translation>
    </message>
    <message>
        <source> (the service&apos;s choice)</source>
        <translation> (tjänstens val)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost:&lt;/b&gt; billed by training time at %1 per hour (%2). Prices as of %3.</source>
        <translation>&lt;b&gt;Beräknad kostnad:&lt;/b&gt; debiteras efter träningstid, %1 per timme (%2). Priser från %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost:&lt;/b&gt; %1 (%2 at %3 per million tokens; prices as of %4 — an estimate, check the pricing page).</source>
        <translation>&lt;b&gt;Beräknad kostnad:&lt;/b&gt; %1 (%2 à %3 per miljon token; priser från %4 — en uppskattning, kontrollera prissidan).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n error(s)&lt;/b&gt; must be fixed before this file can be used.</source>
        <translation>
            <numerusform>&lt;b&gt;%n fel&lt;/b&gt; måste åtgärdas innan filen kan användas.</numerusform>
            <numerusform>&lt;b&gt;%n fel&lt;/b&gt; måste åtgärdas innan filen kan användas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n varning.</numerusform>
            <numerusform>%n varningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No errors.&lt;/b&gt; %n warning(s) worth a look.</source>
        <translation>
            <numerusform>&lt;b&gt;Inga fel.&lt;/b&gt; %n varning värd att titta på.</numerusform>
            <numerusform>&lt;b&gt;Inga fel.&lt;/b&gt; %n varningar värda att titta på.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No errors.&lt;/b&gt; The file is ready.</source>
        <translation>&lt;b&gt;Inga fel.&lt;/b&gt; Filen är klar.</translation>
    </message>
    <message>
        <source>What the check found, with line numbers; errors block Next.</source>
        <translation>Det som kontrollen hittade, med radnummer; fel blockerar Nästa.</translation>
    </message>
    <message>
        <source>Writes a copy of the file that starts with a UTF-8 byte-order mark, as Azure&apos;s documentation asks.</source>
        <translation>Skriver en kopia av filen som börjar med en byteordningsmarkering för UTF-8, som Azures dokumentation anger.</translation>
    </message>
</context>
<context>
    <name>ft::ui::CheckpointsView</name>
    <message>
        <source>Deploy this chec&amp;kpoint…</source>
        <translation>Distribuera kon&amp;trollpunkten…</translation>
    </message>
    <message>
        <source>Fine-tune from this checkpo&amp;int…</source>
        <translation>F&amp;injustera från kontrollpunkten…</translation>
    </message>
    <message>
        <source>Copy &amp;to another resource…</source>
        <translation>Kopiera till en annan r&amp;esurs…</translation>
    </message>
    <message>
        <source>The checkpoints of the job with their metrics; deploy one or fine-tune from it.</source>
        <translation>Jobbets kontrollpunkter med deras mått; distribuera en eller finjustera från den.</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Kontrollpunkter</translation>
    </message>
    <message>
        <source>Copying checkpoints is an Azure OpenAI v1 preview feature.</source>
        <translation>Kopiering av kontrollpunkter är en förhandsversionsfunktion i Azure OpenAI v1.</translation>
    </message>
</context>
<context>
    <name>ft::ui::CompareView</name>
    <message>
        <source>Runs to compare</source>
        <translation>Körningar att jämföra</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Träningsförlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Valideringsförlust</translation>
    </message>
    <message>
        <source>Full validation loss</source>
        <translation>Fullständig valideringsförlust</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Träningsnoggrannhet</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Valideringsnoggrannhet</translation>
    </message>
    <message>
        <source>Training reward</source>
        <translation>Träningsbelöning</translation>
    </message>
    <message>
        <source>Full validation reward</source>
        <translation>Fullständig valideringsbelöning</translation>
    </message>
    <message>
        <source>Check the runs to overlay:</source>
        <translation>Markera körningarna som ska visas tillsammans:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Mått:</translation>
    </message>
    <message>
        <source>Open a results file</source>
        <translation>Öppna en resultatfil</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The results of %1 could not be loaded: %2</source>
        <translation>Resultaten för %1 kunde inte läsas in: %2</translation>
    </message>
    <message>
        <source>Check two or more runs to compare them.</source>
        <translation>Markera två eller fler körningar för att jämföra dem.</translation>
    </message>
    <message>
        <source>%1 by run</source>
        <translation>%1 per körning</translation>
    </message>
    <message>
        <source>&amp;Add a results.csv file…</source>
        <translation>Lägg &amp;till en results.csv-fil…</translation>
    </message>
    <message>
        <source>Tick the runs to draw; their results.csv files are fetched once and cached.</source>
        <translation>Markera körningarna som ska ritas; deras results.csv-filer hämtas en gång och cachelagras.</translation>
    </message>
    <message>
        <source>The metric drawn for every run in the chart.</source>
        <translation>Måttet som ritas för varje körning i diagrammet.</translation>
    </message>
    <message>
        <source>Adds a results.csv from this computer to the comparison.</source>
        <translation>Lägger till en results.csv från den här datorn i jämförelsen.</translation>
    </message>
</context>
<context>
    <name>ft::ui::ConnectionsDialog</name>
    <message>
        <source>Get from Azure &amp;CLI</source>
        <translation>Hämta från Azure &amp;CLI</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Anslutningar</translation>
    </message>
    <message>
        <source>Azure OpenAI (v1 API)</source>
        <translation>Azure OpenAI (v1-API)</translation>
    </message>
    <message>
        <source>Azure OpenAI (classic API with api-version)</source>
        <translation>Azure OpenAI (klassiskt API med api-version)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Microsoft Entra token (Bearer)</source>
        <translation>Microsoft Entra-token (Bearer)</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation>sparas i systemets nyckelring, aldrig i en fil</translation>
    </message>
    <message>
        <source>Runs az account get-access-token</source>
        <translation>Kör az account get-access-token</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed.</source>
        <translation>Azure CLI (az) är inte installerat.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Slutpunkt:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;version:</translation>
    </message>
    <message>
        <source>&amp;Key or token:</source>
        <translation>N&amp;yckel eller token:</translation>
    </message>
    <message>
        <source>Deployments (Azure Resource Manager, optional)</source>
        <translation>Distributioner (Azure Resource Manager, valfritt)</translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation>Pr&amp;enumeration:</translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation>&amp;Resursgrupp:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testa &amp;anslutning</translation>
    </message>
    <message>
        <source>&amp;Use this connection</source>
        <translation>Använd &amp;den här anslutningen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny anslutning</translation>
    </message>
    <message>
        <source>The built-in emulator: it runs on this computer, needs no key and keeps its data in the app&apos;s data folder.</source>
        <translation>Den inbyggda emulatorn: den körs på den här datorn, behöver ingen nyckel och sparar sina data i appens datamapp.</translation>
    </message>
    <message>
        <source>Read from the environment (AZURE_OPENAI_ENDPOINT / AZURE_OPENAI_API_KEY or OPENAI_API_KEY).</source>
        <translation>Läses från miljön (AZURE_OPENAI_ENDPOINT / AZURE_OPENAI_API_KEY eller OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>sparad — skriv för att ersätta</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Anslutningen misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the service lists %n model(s), %1 of them fine-tunable here.</source>
        <translation>
            <numerusform>Ansluten: tjänsten listar %n modell, varav %1 kan finjusteras här.</numerusform>
            <numerusform>Ansluten: tjänsten listar %n modeller, varav %1 kan finjusteras här.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the key or token first.</source>
        <translation>Ange nyckeln eller token först.</translation>
    </message>
    <message>
        <source>Asking the Azure CLI for a token…</source>
        <translation>Begär en token från Azure CLI…</translation>
    </message>
    <message>
        <source>The Azure CLI gave no token: %1. Run az login first.</source>
        <translation>Azure CLI gav ingen token: %1. Kör az login först.</translation>
    </message>
    <message>
        <source>Got an ARM token from the Azure CLI.</source>
        <translation>Fick en ARM-token från Azure CLI.</translation>
    </message>
    <message>
        <source>Authenticat&amp;ion:</source>
        <translation>Autent&amp;isering:</translation>
    </message>
    <message>
        <source>AR&amp;M token:</source>
        <translation>AR&amp;M-token:</translation>
    </message>
    <message>
        <source>Your connections; the built-in emulator and those from the environment are read-only.</source>
        <translation>Dina anslutningar; den inbyggda emulatorn och de från miljön är skrivskyddade.</translation>
    </message>
    <message>
        <source>A name of your choice, shown in the title bar.</source>
        <translation>Ett valfritt namn, som visas i namnlisten.</translation>
    </message>
    <message>
        <source>Which service and API the endpoint speaks.</source>
        <translation>Vilken tjänst och vilket API som slutpunkten använder.</translation>
    </message>
    <message>
        <source>An API key, or a Microsoft Entra bearer token.</source>
        <translation>En API-nyckel eller en bearer-token från Microsoft Entra.</translation>
    </message>
    <message>
        <source>The subscription ID of the account, for deployments.</source>
        <translation>Kontots prenumerations-ID, för distributioner.</translation>
    </message>
    <message>
        <source>The resource group of the account, for deployments.</source>
        <translation>Kontots resursgrupp, för distributioner.</translation>
    </message>
    <message>
        <source>The Azure OpenAI (Cognitive Services) account name, for deployments.</source>
        <translation>Namnet på Azure OpenAI-kontot (Cognitive Services), för distributioner.</translation>
    </message>
    <message>
        <source>Removes the selected connection and its stored secrets.</source>
        <translation>Tar bort den markerade anslutningen och dess sparade hemligheter.</translation>
    </message>
    <message>
        <source>Adds a new connection profile.</source>
        <translation>Lägger till en ny anslutningsprofil.</translation>
    </message>
    <message>
        <source>Lists the models of the service to check the endpoint and the key.</source>
        <translation>Listar tjänstens modeller för att kontrollera slutpunkten och nyckeln.</translation>
    </message>
    <message>
        <source>Switches the app to the selected connection.</source>
        <translation>Växlar appen till den markerade anslutningen.</translation>
    </message>
    <message>
        <source>Keeps the changes and closes the dialog.</source>
        <translation>Behåller ändringarna och stänger dialogrutan.</translation>
    </message>
    <message>
        <source>kept for this session only — type to replace</source>
        <translation>sparas bara under den här sessionen — skriv för att ersätta</translation>
    </message>
</context>
<context>
    <name>ft::ui::DashboardTabs</name>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobb</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Distributioner</translation>
    </message>
    <message>
        <source>Data fi&amp;les</source>
        <translation>Data&amp;filer</translation>
    </message>
    <message>
        <source>Play&amp;ground</source>
        <translation>&amp;Lekplats</translation>
    </message>
    <message>
        <source>Compare &amp;runs</source>
        <translation>Jämför &amp;körningar</translation>
    </message>
    <message>
        <source>Your fine-tuning jobs and the details of the selected one.</source>
        <translation>Dina finjusteringsjobb och detaljerna för det markerade jobbet.</translation>
    </message>
    <message>
        <source>The deployments of the connection&apos;s Azure account.</source>
        <translation>Distributionerna i anslutningens Azure-konto.</translation>
    </message>
    <message>
        <source>The files on the resource: training, validation and results files.</source>
        <translation>Filerna på resursen: tränings-, validerings- och resultatfiler.</translation>
    </message>
    <message>
        <source>Chat with a deployment, and compare two side by side.</source>
        <translation>Chatta med en distribution och jämför två sida vid sida.</translation>
    </message>
    <message>
        <source>The metrics of several runs in one chart.</source>
        <translation>Måtten för flera körningar i ett diagram.</translation>
    </message>
</context>
<context>
    <name>ft::ui::DataPage</name>
    <message>
        <source>Training data</source>
        <translation>Träningsdata</translation>
    </message>
    <message>
        <source>A JSONL file of examples. A local file is checked on this computer first — errors with line numbers, tokens and an estimate of the cost — then uploaded.</source>
        <translation>En JSONL-fil med exempel. En lokal fil kontrolleras först på den här datorn — fel med radnummer, token och en kostnadsuppskattning — och laddas sedan upp.</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>Valideringsdata</translation>
    </message>
    <message>
        <source>Optional examples the model does not train on, to measure how well it generalises.</source>
        <translation>Valfria exempel som modellen inte tränar på, för att mäta hur väl den generaliserar.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training data&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A JSONL file: one example per line, in the format of the method (chat messages for SFT, preferred and non-preferred answers for DPO, messages and reference fields for RFT).&lt;/p&gt;&lt;p&gt;Use a file already on the resource, upload one from this computer (Browse… or drop it on the page) or import one from a URL. A local file is checked first: errors are listed with line numbers and block Next; the token count and cost estimate are shown. Files above %1 MB go through the resumable chunked upload.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Träningsdata&lt;/b&gt;&lt;/p&gt;&lt;p&gt;En JSONL-fil: ett exempel per rad, i metodens format (chattmeddelanden för SFT, föredragna och icke föredragna svar för DPO, meddelanden och fält med jämförelsevärden för RFT).&lt;/p&gt;&lt;p&gt;Använd en fil som redan finns på resursen, ladda upp en från den här datorn (Bläddra… eller släpp den på sidan) eller importera en från en URL. En lokal fil kontrolleras först: fel listas med radnummer och blockerar Nästa; antalet token och kostnadsuppskattningen visas. Filer större än %1 MB laddas upp med den återupptagbara uppladdningen i segment.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Validation data&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Examples the model does not train on: the service measures loss and accuracy on them as training goes, which shows whether the model generalises or only memorises. Use an existing file, upload or import one, or split a share off the training file (with a seed, so the split can be repeated).&lt;/p&gt;&lt;p&gt;Required for reinforcement fine-tuning.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Valideringsdata&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Exempel som modellen inte tränar på: tjänsten mäter förlust och noggrannhet på dem under träningen, vilket visar om modellen generaliserar eller bara memorerar. Använd en befintlig fil, ladda upp eller importera en, eller dela av en andel av träningsfilen (med ett frö, så att uppdelningen kan upprepas).&lt;/p&gt;&lt;p&gt;Krävs för finjustering av förstärkning.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::DataSourceWidget</name>
    <message>
        <source>File on the &amp;resource</source>
        <translation>Fil på &amp;resursen</translation>
    </message>
    <message>
        <source>&amp;Upload a local file</source>
        <translation>&amp;Ladda upp en lokal fil</translation>
    </message>
    <message>
        <source>&amp;Import from a URL</source>
        <translation>I&amp;mportera från en URL</translation>
    </message>
    <message>
        <source>S&amp;plit off training data</source>
        <translation>&amp;Dela av träningsdata</translation>
    </message>
    <message>
        <source>No validation data: the service reports training loss only. Validation data shows whether the model generalises or over-fits.</source>
        <translation>Inga valideringsdata: tjänsten rapporterar bara träningsförlust. Valideringsdata visar om modellen generaliserar eller överanpassas.</translation>
    </message>
    <message>
        <source>Files on the resource</source>
        <translation>Filer på resursen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Uppda&amp;tera</translation>
    </message>
    <message>
        <source>https://… (a SAS URL of a blob, or any URL the service can read)</source>
        <translation>https://… (en SAS-URL för en blob, eller valfri URL som tjänsten kan läsa)</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The service downloads the file itself; it appears on the resource when done.</source>
        <translation>Tjänsten laddar ned filen själv; den visas på resursen när det är klart.</translation>
    </message>
    <message>
        <source>Importing from a URL is offered by the Azure OpenAI classic API only. Download the file and upload it instead, or connect with the classic API.</source>
        <translation>Import från en URL erbjuds bara av det klassiska Azure OpenAI-API:t. Ladda ned filen och ladda upp den i stället, eller anslut med det klassiska API:t.</translation>
    </message>
    <message>
        <source>Only the Azure OpenAI classic API imports from a URL.</source>
        <translation>Endast det klassiska Azure OpenAI-API:t importerar från en URL.</translation>
    </message>
    <message>
        <source>Reinforcement fine-tuning needs validation data.</source>
        <translation>Finjustering av förstärkning kräver valideringsdata.</translation>
    </message>
    <message>
        <source>Splitting needs the training data as a local file.</source>
        <translation>Uppdelning kräver träningsdata som lokal fil.</translation>
    </message>
    <message>
        <source>The local training file is split with the job&apos;s seed, so the same seed gives the same split; both parts are checked and uploaded on Submit.</source>
        <translation>Den lokala träningsfilen delas upp med jobbets frö, så samma frö ger samma uppdelning; båda delarna kontrolleras och laddas upp vid Skicka.</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>Choose the training data.</source>
        <translation>Välj träningsdata.</translation>
    </message>
    <message>
        <source>Choose a file on the resource.</source>
        <translation>Välj en fil på resursen.</translation>
    </message>
    <message>
        <source>Importing from a URL needs the Azure OpenAI classic API.</source>
        <translation>Import från en URL kräver det klassiska Azure OpenAI-API:t.</translation>
    </message>
    <message>
        <source>Enter the URL of the file.</source>
        <translation>Ange filens URL.</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;Ingen</translation>
    </message>
    <message>
        <source>Share held out for &amp;validation:</source>
        <translation>Andel som hålls undan för &amp;validering:</translation>
    </message>
    <message>
        <source>Train without validation data (not for reinforcement fine-tuning).</source>
        <translation>Träna utan valideringsdata (inte för finjustering av förstärkning).</translation>
    </message>
    <message>
        <source>A file already uploaded to this resource.</source>
        <translation>En fil som redan har laddats upp till den här resursen.</translation>
    </message>
    <message>
        <source>A JSONL file on this computer: checked here, then uploaded.</source>
        <translation>En JSONL-fil på den här datorn: kontrolleras här och laddas sedan upp.</translation>
    </message>
    <message>
        <source>The service fetches the file from a URL (Azure classic API).</source>
        <translation>Tjänsten hämtar filen från en URL (klassiskt Azure-API).</translation>
    </message>
    <message>
        <source>A share of the training file becomes the validation file.</source>
        <translation>En andel av träningsfilen blir valideringsfilen.</translation>
    </message>
    <message>
        <source>This share of the training examples becomes the validation file (chosen with the seed).</source>
        <translation>Den här andelen av träningsexemplen blir valideringsfilen (väljs med fröet).</translation>
    </message>
</context>
<context>
    <name>ft::ui::DeployDialog</name>
    <message>
        <source>&amp;Advanced: deploy from another account or tenant</source>
        <translation>&amp;Avancerat: distribuera från ett annat konto eller en annan klientorganisation</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Distribuera</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>Distribuera %1</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>Global Standard</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Utvecklare</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Etablerad</translation>
    </message>
    <message>
        <source>a bearer token of the source tenant; kept in memory only</source>
        <translation>en bearer-token för källklientorganisationen; sparas bara i minnet</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Deployment &amp;name:</source>
        <translation>Distributions&amp;namn:</translation>
    </message>
    <message>
        <source>Deployment &amp;type:</source>
        <translation>Distributions&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <source>Source subscription:</source>
        <translation>Källprenumeration:</translation>
    </message>
    <message>
        <source>Source resource group:</source>
        <translation>Källresursgrupp:</translation>
    </message>
    <message>
        <source>Source account:</source>
        <translation>Källkonto:</translation>
    </message>
    <message>
        <source>Source tenant token:</source>
        <translation>Token för källklientorganisation:</translation>
    </message>
    <message>
        <source>Hosting is billed by the hour while the deployment exists; a deployment of a fine-tuned model that stays unused for 15 days is removed.</source>
        <translation>Distributionen debiteras per timme så länge den finns; en distribution av en finjusterad modell som inte används på 15 dagar tas bort.</translation>
    </message>
    <message>
        <source>Deployments are made through Azure Resource Manager. Open Connections and add: %1.</source>
        <translation>Distributioner görs via Azure Resource Manager. Öppna Anslutningar och lägg till: %1.</translation>
    </message>
    <message>
        <source>The name needs 2 to 64 characters: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Namnet måste ha 2 till 64 tecken: bokstäver, siffror, &apos;-&apos;, &apos;_&apos; och &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Sending the deployment…</source>
        <translation>Skickar distributionen…</translation>
    </message>
    <message>
        <source>The deployment was refused: %1</source>
        <translation>Distributionen avvisades: %1</translation>
    </message>
    <message>
        <source>Provisioning: %1</source>
        <translation>Etablerar: %1</translation>
    </message>
    <message>
        <source>Deployed: %1 is ready for requests.</source>
        <translation>Distribuerad: %1 är redo för begäranden.</translation>
    </message>
    <message>
        <source>Closes the dialog; a deployment under way carries on.</source>
        <translation>Stänger dialogrutan; en pågående distribution fortsätter.</translation>
    </message>
    <message>
        <source>The deployment ended %1: %2</source>
        <translation>Distributionen avslutades %1: %2</translation>
    </message>
    <message>
        <source>A deployment named %1 already exists: model %2, type %3, capacity %4, state %5. Deploying replaces it with model %6, type %7, capacity %8; requests to it and its billing change.</source>
        <translation>En distribution med namnet %1 finns redan: modell %2, typ %3, kapacitet %4, tillstånd %5. Att distribuera ersätter den med modell %6, typ %7, kapacitet %8; anrop till den och dess debitering ändras.</translation>
    </message>
    <message>
        <source>Replace deployment %1?</source>
        <translation>Ersätta distributionen %1?</translation>
    </message>
</context>
<context>
    <name>ft::ui::DeploymentsView</name>
    <message>
        <source>Open in &amp;playground</source>
        <translation>Ö&amp;ppna i lekplatsen</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Distributioner</translation>
    </message>
    <message>
        <source>Hosting is billed by the hour; an unused deployment of a fine-tuned model is removed after 15 days.</source>
        <translation>Distributioner debiteras per timme; en oanvänd distribution av en finjusterad modell tas bort efter 15 dagar.</translation>
    </message>
    <message>
        <source>Deployments live in Azure Resource Manager. Add to the connection: %1.</source>
        <translation>Distributioner finns i Azure Resource Manager. Lägg till i anslutningen: %1.</translation>
    </message>
    <message>
        <source>The deployments could not be listed: %1</source>
        <translation>Distributionerna kunde inte listas: %1</translation>
    </message>
    <message>
        <source>No deployments.</source>
        <translation>Inga distributioner.</translation>
    </message>
    <message>
        <source>Delete the deployment?</source>
        <translation>Ta bort distributionen?</translation>
    </message>
    <message>
        <source>Delete %1? Requests to it stop working; the model itself stays.</source>
        <translation>Ta bort %1? Begäranden till den slutar fungera; själva modellen finns kvar.</translation>
    </message>
    <message>
        <source>Deleted deployment %1.</source>
        <translation>Distributionen %1 togs bort.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 togs inte bort: %2</translation>
    </message>
    <message>
        <source>D&amp;elete deployment</source>
        <translation>Ta &amp;bort distribution</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>The deployments of the account, with their state.</source>
        <translation>Kontots distributioner och deras tillstånd.</translation>
    </message>
    <message>
        <source>Reads the deployments again.</source>
        <translation>Läser in distributionerna igen.</translation>
    </message>
</context>
<context>
    <name>ft::ui::EmptyState</name>
    <message>
        <source>No fine-tuning jobs yet</source>
        <translation>Inga finjusteringsjobb än</translation>
    </message>
    <message>
        <source>&amp;Fine-tune a model…</source>
        <translation>&amp;Finjustera en modell…</translation>
    </message>
    <message>
        <source>Opens the wizard: method, base model, data, and the rest.</source>
        <translation>Öppnar guiden: metod, basmodell, data och resten.</translation>
    </message>
    <message>
        <source>&amp;Try it with sample data</source>
        <translation>&amp;Prova med exempeldata</translation>
    </message>
    <message>
        <source>Opens the wizard filled in with a sample file that ships with the app.</source>
        <translation>Öppnar guiden ifylld med en exempelfil som följer med appen.</translation>
    </message>
    <message>
        <source>You are on the built-in emulator: a stand-in for Azure OpenAI that runs on this computer. Its jobs train on a simulated clock and cost nothing; no account or network is needed. Start a fine-tune of your own, or try one with sample data.</source>
        <translation>Du använder den inbyggda emulatorn: en ersättare för Azure OpenAI som körs på den här datorn. Dess jobb tränas på en simulerad klocka och kostar ingenting; inget konto eller nätverk behövs. Starta en egen finjustering, eller prova en med exempeldata.</translation>
    </message>
    <message>
        <source>This resource has no fine-tuning jobs yet. Start a fine-tune of your own, or try one with sample data.</source>
        <translation>Den här resursen har inga finjusteringsjobb än. Starta en egen finjustering, eller prova en med exempeldata.</translation>
    </message>
</context>
<context>
    <name>ft::ui::EventsView</name>
    <message>
        <source>What the service reported about the job, newest first.</source>
        <translation>Det som tjänsten har rapporterat om jobbet, nyast först.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
</context>
<context>
    <name>ft::ui::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open results.csv…</source>
        <translation>Ö&amp;ppna results.csv…</translation>
    </message>
    <message>
        <source>Open a results file</source>
        <translation>Öppna en resultatfil</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>&amp;Jämför körningar…</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>A&amp;nslutningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>ft::ui::FilesView</name>
    <message>
        <source>Data files</source>
        <translation>Datafiler</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 sparades.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Nedladdningen misslyckades: %1</translation>
    </message>
    <message>
        <source>No data files.</source>
        <translation>Inga datafiler.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n fil.</numerusform>
            <numerusform>%n filer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the files?</source>
        <translation>Ta bort filerna?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s)? Jobs that used them keep their results, but the data cannot be downloaded again.</source>
        <translation>
            <numerusform>Ta bort %n fil? Jobb som använde den behåller sina resultat, men data kan inte laddas ned igen.</numerusform>
            <numerusform>Ta bort %n filer? Jobb som använde dem behåller sina resultat, men data kan inte laddas ned igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted the files.</source>
        <translation>Filerna togs bort.</translation>
    </message>
    <message>
        <source>Some files were not deleted. %1</source>
        <translation>Vissa filer togs inte bort. %1</translation>
    </message>
    <message>
        <source>D&amp;elete files…</source>
        <translation>Ta &amp;bort filer…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Spara en ko&amp;pia…</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>The files on the resource; select some to save or delete them.</source>
        <translation>Filerna på resursen; markera några för att spara eller ta bort dem.</translation>
    </message>
    <message>
        <source>Reads the file list again.</source>
        <translation>Läser in fillistan igen.</translation>
    </message>
</context>
<context>
    <name>ft::ui::FineTuneWizard</name>
    <message>
        <source>Fine-tune model — %1</source>
        <translation>Finjustera modell — %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>The previous page; nothing chosen is lost.</source>
        <translation>Föregående sida; inget du har valt går förlorat.</translation>
    </message>
    <message>
        <source>The next page, once this one is complete.</source>
        <translation>Nästa sida, när den här är klar.</translation>
    </message>
    <message>
        <source>Closes the wizard; the draft is kept for next time.</source>
        <translation>Stänger guiden; utkastet sparas till nästa gång.</translation>
    </message>
    <message>
        <source>Uploads what is still local and creates the job.</source>
        <translation>Laddar upp det som fortfarande är lokalt och skapar jobbet.</translation>
    </message>
    <message>
        <source>Explains this page.</source>
        <translation>Förklarar den här sidan.</translation>
    </message>
    <message>
        <source>Draft not saved — retry</source>
        <translation>Utkastet är inte sparat — försök igen</translation>
    </message>
</context>
<context>
    <name>ft::ui::GraderCheck</name>
    <message>
        <source>The training file cannot be read back to check the grader against it: %1</source>
        <translation>Träningsfilen kan inte läsas tillbaka för att kontrollera bedömaren mot den: %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::GraderEditor</name>
    <message>
        <source>Chec&amp;k grader</source>
        <translation>Kontrollera bed&amp;ömare</translation>
    </message>
    <message>
        <source>Grader type</source>
        <translation>Bedömartyp</translation>
    </message>
    <message>
        <source>String check</source>
        <translation>Strängkontroll</translation>
    </message>
    <message>
        <source>Text similarity</source>
        <translation>Textlikhet</translation>
    </message>
    <message>
        <source>Score model</source>
        <translation>Poängmodell</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Multi (combine graders)</source>
        <translation>Multi (kombinera bedömare)</translation>
    </message>
    <message>
        <source>Grader JSON</source>
        <translation>JSON för bedömare</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Indata:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>Grading model:</source>
        <translation>Bedömningsmodell:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Score range:</source>
        <translation>Poängintervall:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källkod:</translation>
    </message>
    <message>
        <source>Combine graders by name in the JSON below; calculate_output is a formula over their scores.</source>
        <translation>Kombinera bedömare med namn i JSON nedan; calculate_output är en formel över deras poäng.</translation>
    </message>
    <message>
        <source>Grader &amp;type:</source>
        <translation>Bedömar&amp;typ:</translation>
    </message>
    <message>
        <source>JSON:</source>
        <translation>JSON:</translation>
    </message>
    <message>
        <source>The JSON is not a valid object.</source>
        <translation>JSON-koden är inte ett giltigt objekt.</translation>
    </message>
    <message>
        <source>Referen&amp;ce:</source>
        <translation>J&amp;ämförelsevärde:</translation>
    </message>
    <message>
        <source>Similarit&amp;y metric:</source>
        <translation>Likhetsm&amp;ått:</translation>
    </message>
    <message>
        <source>&amp;Grader name:</source>
        <translation>Be&amp;dömarnamn:</translation>
    </message>
    <message>
        <source>How the grader scores an answer.</source>
        <translation>Hur bedömaren poängsätter ett svar.</translation>
    </message>
    <message>
        <source>A name for the grader, shown in the job&apos;s results.</source>
        <translation>Ett namn på bedömaren, visas i jobbets resultat.</translation>
    </message>
    <message>
        <source>What is graded, e.g. {{sample.output_text}}.</source>
        <translation>Det som bedöms, t.ex. {{sample.output_text}}.</translation>
    </message>
    <message>
        <source>What it is compared with, e.g. {{item.answer}} from each example.</source>
        <translation>Det som det jämförs med, t.ex. {{item.answer}} från varje exempel.</translation>
    </message>
    <message>
        <source>The grader as JSON; edit it here or with the fields above.</source>
        <translation>Bedömaren som JSON; redigera den här eller med fälten ovanför.</translation>
    </message>
    <message>
        <source>How input and reference are compared.</source>
        <translation>Hur indata och jämförelsevärde jämförs.</translation>
    </message>
    <message>
        <source>How similar the texts must be, and by which measure.</source>
        <translation>Hur lika texterna måste vara, och med vilket mått.</translation>
    </message>
    <message>
        <source>Checks the grader and lists the example fields it reads.</source>
        <translation>Kontrollerar bedömaren och listar de exempelfält den läser.</translation>
    </message>
</context>
<context>
    <name>ft::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Vad är det här?</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;About Fine-Tune Studio</source>
        <translation>&amp;Om Fine-Tune Studio</translation>
    </message>
    <message>
        <source>About Fine-Tune Studio</source>
        <translation>Om Fine-Tune Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fine-Tune Studio %1&lt;/b&gt;&lt;p&gt;Create, watch, deploy and clean up fine-tuned models on Azure OpenAI and OpenAI — or on the built-in emulator.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fine-Tune Studio %1&lt;/b&gt;&lt;p&gt;Skapa, övervaka, distribuera och rensa finjusterade modeller i Azure OpenAI och OpenAI — eller i den inbyggda emulatorn.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::HyperparametersPage</name>
    <message>
        <source>&amp;Default: let the service choose</source>
        <translation>&amp;Standard: låt tjänsten välja</translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation>&amp;Anpassad</translation>
    </message>
    <message>
        <source>Custom hyperparameters</source>
        <translation>Anpassade hyperparametrar</translation>
    </message>
    <message>
        <source>Reinforcement: grader and sampling</source>
        <translation>Förstärkning: bedömare och sampling</translation>
    </message>
    <message>
        <source>&amp;Advanced: Weights &amp;&amp; Biases and metadata</source>
        <translation>A&amp;vancerat: Weights &amp;&amp; Biases och metadata</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparametrar</translation>
    </message>
    <message>
        <source>The defaults suit most datasets: the service picks them from the data. Custom values apply to this job only.</source>
        <translation>Standardvärdena passar de flesta datauppsättningar: tjänsten väljer dem utifrån data. Anpassade värden gäller bara det här jobbet.</translation>
    </message>
    <message>
        <source>Between 0 and 10; values from %1 to %2 usually work best.</source>
        <translation>Mellan 0 och 10; värden från %1 till %2 brukar fungera bäst.</translation>
    </message>
    <message>
        <source>Batch si&amp;ze (1–%1 or auto):</source>
        <translation>Batchstorle&amp;k (1–%1 eller auto):</translation>
    </message>
    <message>
        <source>&amp;Learning rate multiplier (hint %1–%2):</source>
        <translation>Multiplikator för inlärnin&amp;gshastighet (tips %1–%2):</translation>
    </message>
    <message>
        <source>&amp;Epochs (1–%1 or auto):</source>
        <translation>&amp;Epoker (1–%1 eller auto):</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort:</source>
        <translation>&amp;Resonemangsinsats:</translation>
    </message>
    <message>
        <source>Compute &amp;multiplier (%1–%2):</source>
        <translation>Beräknings&amp;multiplikator (%1–%2):</translation>
    </message>
    <message>
        <source>E&amp;val interval (steps):</source>
        <translation>&amp;Utvärderingsintervall (steg):</translation>
    </message>
    <message>
        <source>Eval &amp;samples:</source>
        <translation>Utvärderingsexem&amp;pel:</translation>
    </message>
    <message>
        <source>Optional: a response_format JSON schema, e.g. {&quot;type&quot;: &quot;json_schema&quot;, ...}</source>
        <translation>Valfritt: ett JSON-schema för response_format, t.ex. {&quot;type&quot;: &quot;json_schema&quot;, ...}</translation>
    </message>
    <message>
        <source>Response &amp;format:</source>
        <translation>Svars&amp;format:</translation>
    </message>
    <message>
        <source>W&amp;&amp;B pro&amp;ject:</source>
        <translation>W&amp;&amp;B-pro&amp;jekt:</translation>
    </message>
    <message>
        <source>W&amp;&amp;B run name:</source>
        <translation>W&amp;&amp;B-körningsnamn:</translation>
    </message>
    <message>
        <source>W&amp;&amp;B entity:</source>
        <translation>W&amp;&amp;B-entitet:</translation>
    </message>
    <message>
        <source>W&amp;&amp;B tags (comma separated):</source>
        <translation>W&amp;&amp;B-taggar (kommaavgränsade):</translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation>Metadatanyckel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Add &amp;pair</source>
        <translation>&amp;Lägg till par</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Ta bort par</translation>
    </message>
    <message>
        <source>The grader is not ready: %1</source>
        <translation>Bedömaren är inte klar: %1</translation>
    </message>
    <message>
        <source>The response format is not a JSON object.</source>
        <translation>Svarsformatet är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <source>Metadata holds at most 16 pairs.</source>
        <translation>Metadata rymmer högst 16 par.</translation>
    </message>
    <message>
        <source>Metadata keys have at most 64 characters and values at most 512.</source>
        <translation>Metadatanycklar får ha högst 64 tecken och värden högst 512.</translation>
    </message>
    <message>
        <source>Checking with the service…</source>
        <translation>Kontrollerar med tjänsten…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hyperparameters&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Batch size&lt;/b&gt;: examples per training step; larger batches train more steadily but more slowly. &lt;b&gt;Learning rate multiplier&lt;/b&gt;: scales the base learning rate; small values (0.02–0.2) are safest. &lt;b&gt;Epochs&lt;/b&gt;: passes over the training file. &quot;auto&quot; lets the service choose from your data.&lt;/p&gt;&lt;p&gt;DPO adds &lt;b&gt;beta&lt;/b&gt;; reinforcement fine-tuning adds the grader and its evaluation settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hyperparametrar&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Batchstorlek&lt;/b&gt;: exempel per träningssteg; större batchar tränar stabilare men långsammare. &lt;b&gt;Multiplikator för inlärningshastighet&lt;/b&gt;: skalar den grundläggande inlärningshastigheten; små värden (0,02–0,2) är säkrast. &lt;b&gt;Epoker&lt;/b&gt;: genomgångar av träningsfilen. ”auto” låter tjänsten välja utifrån dina data.&lt;/p&gt;&lt;p&gt;DPO lägger till &lt;b&gt;beta&lt;/b&gt;; finjustering av förstärkning lägger till bedömaren och dess utvärderingsinställningar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Be&amp;ta:</source>
        <translation>Be&amp;ta:</translation>
    </message>
    <message>
        <source>The service picks the hyperparameters from your data.</source>
        <translation>Tjänsten väljer hyperparametrarna utifrån dina data.</translation>
    </message>
    <message>
        <source>Set the hyperparameters yourself.</source>
        <translation>Ange hyperparametrarna själv.</translation>
    </message>
    <message>
        <source>Examples per training step; auto lets the service choose.</source>
        <translation>Exempel per träningssteg; ”auto” låter tjänsten välja.</translation>
    </message>
    <message>
        <source>Passes over the training file; auto lets the service choose.</source>
        <translation>Genomgångar av träningsfilen; ”auto” låter tjänsten välja.</translation>
    </message>
    <message>
        <source>Optional: a Weights &amp; Biases integration and metadata for the job.</source>
        <translation>Valfritt: en Weights &amp; Biases-integrering och metadata för jobbet.</translation>
    </message>
    <message>
        <source>How much the model reasons before it answers during training.</source>
        <translation>Hur mycket modellen resonerar innan den svarar under träningen.</translation>
    </message>
    <message>
        <source>Scales the compute spent exploring answers; more costs more.</source>
        <translation>Skalar beräkningen som läggs på att utforska svar; mer kostar mer.</translation>
    </message>
    <message>
        <source>Training steps between two evaluations on the validation data.</source>
        <translation>Träningssteg mellan två utvärderingar på valideringsdata.</translation>
    </message>
    <message>
        <source>Answers sampled per validation example at each evaluation.</source>
        <translation>Svar som samplas per valideringsexempel vid varje utvärdering.</translation>
    </message>
    <message>
        <source>Optional: a JSON schema the answers must follow.</source>
        <translation>Valfritt: ett JSON-schema som svaren måste följa.</translation>
    </message>
    <message>
        <source>Reading the training examples…</source>
        <translation>Läser träningsexemplen…</translation>
    </message>
    <message numerus="yes">
        <source>all %n training examples have it.</source>
        <translation>
            <numerusform>alla %n träningsexempel har det.</numerusform>
            <numerusform>alla %n träningsexempel har det.</numerusform>
        </translation>
    </message>
    <message>
        <source>the training data is checked against it when it is chosen.</source>
        <translation>träningsdata kontrolleras mot den när de väljs.</translation>
    </message>
    <message>
        <source>Well formed; it reads %1 from each example: %2</source>
        <translation>Korrekt utformad; den läser %1 från varje exempel: %2</translation>
    </message>
    <message>
        <source>The service accepts this grader; it reads %1 from each example: %2</source>
        <translation>Tjänsten godtar den här bedömaren; den läser %1 från varje exempel: %2</translation>
    </message>
</context>
<context>
    <name>ft::ui::JobDetailView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Åte&amp;ruppta</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Av&amp;bryt jobb</translation>
    </message>
    <message>
        <source>Delete &amp;model</source>
        <translation>Ta bort &amp;modell</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>Ladda &amp;ned</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Kontrollpunkter</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Träningsfil</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>Valideringsfil</translation>
    </message>
    <message>
        <source>Results (results.csv)</source>
        <translation>Resultat (results.csv)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Select a job</source>
        <translation>Välj ett jobb</translation>
    </message>
    <message>
        <source>Select a job to see its charts.</source>
        <translation>Välj ett jobb för att se dess diagram.</translation>
    </message>
    <message>
        <source>Loading results…</source>
        <translation>Läser in resultat…</translation>
    </message>
    <message>
        <source>Offline: no cached results for this job.</source>
        <translation>Offline: inga cachelagrade resultat för det här jobbet.</translation>
    </message>
    <message>
        <source>Results appear once training starts.</source>
        <translation>Resultat visas när träningen har startat.</translation>
    </message>
    <message>
        <source>This job has no results file.</source>
        <translation>Det här jobbet har ingen resultatfil.</translation>
    </message>
    <message>
        <source>The results could not be loaded: %1</source>
        <translation>Resultaten kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>Pause the job?</source>
        <translation>Pausa jobbet?</translation>
    </message>
    <message>
        <source>Training stops after the current step; you can resume it later.</source>
        <translation>Träningen stoppas efter det aktuella steget; du kan återuppta den senare.</translation>
    </message>
    <message>
        <source>Resume the job?</source>
        <translation>Återuppta jobbet?</translation>
    </message>
    <message>
        <source>Training continues from where it stopped.</source>
        <translation>Träningen fortsätter där den stoppades.</translation>
    </message>
    <message>
        <source>Cancel the job?</source>
        <translation>Avbryta jobbet?</translation>
    </message>
    <message>
        <source>A cancelled job cannot be resumed. Cancel %1?</source>
        <translation>Ett avbrutet jobb kan inte återupptas. Avbryta %1?</translation>
    </message>
    <message>
        <source>Copy the checkpoint</source>
        <translation>Kopiera kontrollpunkten</translation>
    </message>
    <message>
        <source>Destination resource (ARM id, /subscriptions/…/accounts/…):</source>
        <translation>Målresurs (ARM-id, /subscriptions/…/accounts/…):</translation>
    </message>
    <message>
        <source>Region (for example swedencentral):</source>
        <translation>Region (till exempel swedencentral):</translation>
    </message>
    <message>
        <source>The copy was refused: %1</source>
        <translation>Kopieringen avvisades: %1</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Kopierar %1…</translation>
    </message>
    <message>
        <source>The copy&apos;s status could not be read: %1</source>
        <translation>Kopians status kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Copy of %1 to %2: %3</source>
        <translation>Kopia av %1 till %2: %3</translation>
    </message>
    <message>
        <source>Delete the model?</source>
        <translation>Ta bort modellen?</translation>
    </message>
    <message>
        <source>Delete %1? It cannot be undone; the job and its results stay.</source>
        <translation>Ta bort %1? Det kan inte ångras; jobbet och dess resultat finns kvar.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while it is deployed. Delete its deployment first (Deployments tab): %2.</source>
        <translation>%1 kan inte tas bort medan den är distribuerad. Ta först bort dess distribution (fliken Distributioner): %2.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 togs inte bort: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 togs bort.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 sparades.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Nedladdningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Deplo&amp;y…</source>
        <translation>Di&amp;stribuera…</translation>
    </message>
    <message>
        <source>Could not pause the job: %1</source>
        <translation>Det gick inte att pausa jobbet: %1</translation>
    </message>
    <message>
        <source>Could not resume the job: %1</source>
        <translation>Det gick inte att återuppta jobbet: %1</translation>
    </message>
    <message>
        <source>Could not cancel the job: %1</source>
        <translation>Det gick inte att avbryta jobbet: %1</translation>
    </message>
    <message>
        <source>Stops the job for good; what was trained so far is not kept.</source>
        <translation>Stoppar jobbet för gott; det som har tränats hittills sparas inte.</translation>
    </message>
    <message>
        <source>Every field of the job, with copy buttons for the ids.</source>
        <translation>Alla jobbets fält, med kopieringsknappar för id:na.</translation>
    </message>
    <message>
        <source>Loss and accuracy charts from the job&apos;s results.csv.</source>
        <translation>Diagram över förlust och noggrannhet från jobbets results.csv.</translation>
    </message>
    <message>
        <source>What the service reported about the job.</source>
        <translation>Det som tjänsten har rapporterat om jobbet.</translation>
    </message>
    <message>
        <source>The checkpoints: deploy one, or fine-tune from it.</source>
        <translation>Kontrollpunkterna: distribuera en, eller finjustera från den.</translation>
    </message>
    <message>
        <source>Deployments are billed by the hour; an unused deployment of a fine-tuned model is removed after %1 days.</source>
        <translation>Distributioner debiteras per timme; en oanvänd distribution av en finjusterad modell tas bort efter %1 dagar.</translation>
    </message>
    <message>
        <source>Pauses the job; it can be resumed later.</source>
        <translation>Pausar jobbet; det kan återupptas senare.</translation>
    </message>
    <message>
        <source>Continues the paused job.</source>
        <translation>Fortsätter det pausade jobbet.</translation>
    </message>
    <message>
        <source>Deploys the fine-tuned model so it can answer requests.</source>
        <translation>Distribuerar den finjusterade modellen så att den kan besvara förfrågningar.</translation>
    </message>
    <message>
        <source>Deletes the fine-tuned model; the job and its results stay.</source>
        <translation>Tar bort den finjusterade modellen; jobbet och dess resultat finns kvar.</translation>
    </message>
    <message>
        <source>Saves the job&apos;s training, validation or results file.</source>
        <translation>Sparar jobbets tränings-, validerings- eller resultatfil.</translation>
    </message>
    <message>
        <source>The service&apos;s safety evaluation rejected the training data: harmful content above the accepted level for %1. The job ended before training, so no charge applies. Fix the data and start a new job.</source>
        <translation>Tjänstens säkerhetsutvärdering avvisade träningsdata: skadligt innehåll över den godtagna nivån för %1. Jobbet avslutades före träningen, så ingen avgift tas ut. Rätta data och starta ett nytt jobb.</translation>
    </message>
    <message>
        <source>The training is not charged. Review the training data and start a new job.</source>
        <translation>Träningen debiteras inte; granska träningsdata och starta ett nytt jobb.</translation>
    </message>
</context>
<context>
    <name>ft::ui::JobOverview</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiera %1</translation>
    </message>
    <message>
        <source>Copies %1 to the clipboard.</source>
        <translation>Kopierar %1 till urklipp.</translation>
    </message>
    <message>
        <source>epochs %1</source>
        <translation>epoker %1</translation>
    </message>
    <message>
        <source>batch size %1</source>
        <translation>batchstorlek %1</translation>
    </message>
    <message>
        <source>learning rate multiplier %1</source>
        <translation>multiplikator för inlärningshastighet %1</translation>
    </message>
    <message>
        <source>beta %1</source>
        <translation>beta %1</translation>
    </message>
    <message>
        <source>reasoning effort %1</source>
        <translation>resonemangsinsats %1</translation>
    </message>
    <message>
        <source>compute multiplier %1</source>
        <translation>beräkningsmultiplikator %1</translation>
    </message>
    <message>
        <source>eval interval %1</source>
        <translation>utvärderingsintervall %1</translation>
    </message>
    <message>
        <source>eval samples %1</source>
        <translation>utvärderingsexempel %1</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Jobb-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basmodell</translation>
    </message>
    <message>
        <source>Fine-tuned model</source>
        <translation>Finjusterad modell</translation>
    </message>
    <message>
        <source>Training tier</source>
        <translation>Träningsnivå</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Träningsfil</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>Valideringsfil</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>Resultatfiler</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frö</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparametrar</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Estimated finish</source>
        <translation>Beräknat slutförande</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>Tränade token</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
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
        <translation>Visa jobb med status</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alla jobb</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Slutförda</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckade</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutna</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausade</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Filtrera jobb</translation>
    </message>
    <message>
        <source>Fine-tuning jobs</source>
        <translation>Finjusteringsjobb</translation>
    </message>
    <message>
        <source>Shows only the jobs in the chosen state.</source>
        <translation>Visar bara jobben med den valda statusen.</translation>
    </message>
    <message>
        <source>Your fine-tuning jobs, refreshed while they run; select one to see its details.</source>
        <translation>Dina finjusteringsjobb, som uppdateras medan de körs; markera ett för att se detaljerna.</translation>
    </message>
</context>
<context>
    <name>ft::ui::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>systemets nyckelring</translation>
    </message>
    <message>
        <source>The keychain could not store the secret (%1); it is kept for this session only.</source>
        <translation>Nyckelringen kunde inte lagra hemligheten (%1); den sparas bara för den här sessionen.</translation>
    </message>
</context>
<context>
    <name>ft::ui::LocalFilePanel</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bläddr&amp;a…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A .jsonl file — or drop one on this page</source>
        <translation>En .jsonl-fil — eller släpp en på den här sidan</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokal fil</translation>
    </message>
    <message>
        <source>Chooses a JSONL file on this computer.</source>
        <translation>Väljer en JSONL-fil på den här datorn.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Choose a JSONL file</source>
        <translation>Välj en JSONL-fil</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save a copy with a byte-order mark</source>
        <translation>Spara en kopia med byteordningsmarkering</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Kopian kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 är inte en fil som kan läsas.</translation>
    </message>
    <message>
        <source>Checking %p%</source>
        <translation>Kontrollerar %p%</translation>
    </message>
    <message>
        <source>Checking %1 on this computer…</source>
        <translation>Kontrollerar %1 på den här datorn…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Kontrollen avbröts.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Fix the errors below, then choose the file again.</source>
        <translation>Åtgärda felen nedan och välj sedan filen igen.</translation>
    </message>
    <message>
        <source>The validation file is the training file: pick another one, or split the training data.</source>
        <translation>Valideringsfilen är träningsfilen: välj en annan, eller dela av träningsdata.</translation>
    </message>
    <message>
        <source>Uploading %1 (%2)…</source>
        <translation>Laddar upp %1 (%2)…</translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation>Laddar upp %p%</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>Uppladdningen avbröts.</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>Uppladdningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Uploaded as %1.</source>
        <translation>Uppladdad som %1.</translation>
    </message>
    <message>
        <source>Choose a local file.</source>
        <translation>Välj en lokal fil.</translation>
    </message>
    <message>
        <source>Wait for the check and the upload to finish.</source>
        <translation>Vänta tills kontrollen och uppladdningen är klara.</translation>
    </message>
    <message>
        <source>The file has not been checked.</source>
        <translation>Filen har inte kontrollerats.</translation>
    </message>
    <message>
        <source>The file has errors.</source>
        <translation>Filen har fel.</translation>
    </message>
    <message>
        <source>The file has not been uploaded.</source>
        <translation>Filen har inte laddats upp.</translation>
    </message>
    <message>
        <source>Looking for the earlier upload of %1 on the resource…</source>
        <translation>Letar efter den tidigare uppladdningen av %1 på resursen…</translation>
    </message>
    <message>
        <source>Already on the resource as %1 (the same bytes, name and purpose): not uploaded again.</source>
        <translation>Finns redan på resursen som %1 (samma byte, namn och syfte): laddas inte upp igen.</translation>
    </message>
    <message>
        <source>Preparing the upload of %1…</source>
        <translation>Förbereder uppladdningen av %1…</translation>
    </message>
</context>
<context>
    <name>ft::ui::MainWindow</name>
    <message>
        <source>Deployed %1.</source>
        <translation>%1 distribuerades.</translation>
    </message>
    <message>
        <source>Auto-deploy of %1 failed: %2</source>
        <translation>Automatisk distribution av %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>&amp;Fine-tune model…</source>
        <translation>&amp;Finjustera modell…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Local emulator (%1)</source>
        <translation>Lokal emulator (%1)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Uppdaterad %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Submitted job %1.</source>
        <translation>Jobbet %1 har skickats.</translation>
    </message>
    <message>
        <source>Resume your fine-tune?</source>
        <translation>Återuppta finjusteringen?</translation>
    </message>
    <message>
        <source>You started a fine-tune on %1 and did not submit it. Resume where you left off?</source>
        <translation>Du påbörjade en finjustering %1 men skickade inte in den. Vill du återuppta där du slutade?</translation>
    </message>
    <message>
        <source>Deployment %1 is ready.</source>
        <translation>Distributionen %1 är klar.</translation>
    </message>
    <message>
        <source>Deployment %1 failed.</source>
        <translation>Distributionen %1 misslyckades.</translation>
    </message>
    <message>
        <source>J&amp;ob</source>
        <translation>J&amp;obb</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>no key is stored on this computer for “%1” (the system keychain is not available, or the key was removed).</source>
        <translation>ingen nyckel för ”%1” är sparad på den här datorn (systemets nyckelring är inte tillgänglig, eller nyckeln har tagits bort).</translation>
    </message>
    <message>
        <source>%1 (sign-in needed)</source>
        <translation>%1 (inloggning krävs)</translation>
    </message>
    <message>
        <source>the key or token of “%1” was accepted but has no access to this resource (HTTP 403). Ask for a role on the resource, or use another key.</source>
        <translation>nyckeln eller token för ”%1” godtogs men har ingen åtkomst till den här resursen (HTTP 403). Be om en roll på resursen, eller använd en annan nyckel.</translation>
    </message>
    <message>
        <source>the service did not accept the key or token of “%1” (HTTP 401). Check that it belongs to this resource and was not regenerated.</source>
        <translation>tjänsten godtog inte nyckeln eller token för ”%1” (HTTP 401). Kontrollera att den hör till den här resursen och inte har genererats om.</translation>
    </message>
</context>
<context>
    <name>ft::ui::MemorySecretStore</name>
    <message>
        <source>this session only (no keychain service is running)</source>
        <translation>endast den här sessionen (ingen nyckelringstjänst körs)</translation>
    </message>
    <message>
        <source>No keychain service is running: the secret is kept for this session only.</source>
        <translation>Ingen nyckelringstjänst körs: hemligheten sparas bara för den här sessionen.</translation>
    </message>
</context>
<context>
    <name>ft::ui::MethodPage</name>
    <message>
        <source>Training method</source>
        <translation>Träningsmetod</translation>
    </message>
    <message>
        <source>How should the model learn from your data?</source>
        <translation>Hur ska modellen lära sig av dina data?</translation>
    </message>
    <message>
        <source>&amp;Supervised fine-tuning (SFT)</source>
        <translation>Ö&amp;vervakad finjustering (SFT)</translation>
    </message>
    <message>
        <source>&amp;Direct preference optimization (DPO)</source>
        <translation>&amp;Direktpreferensoptimering (DPO)</translation>
    </message>
    <message>
        <source>&amp;Reinforcement fine-tuning (RFT)</source>
        <translation>&amp;Finjustering av förstärkning (RFT)</translation>
    </message>
    <message>
        <source>Learn from example conversations: the assistant&apos;s replies show exactly what to answer.</source>
        <translation>Lär av exempelkonversationer: assistentens svar visar exakt vad som ska svaras.</translation>
    </message>
    <message>
        <source>Learn from pairs of a preferred and a non-preferred reply to the same prompt.</source>
        <translation>Lär av par med ett föredraget och ett icke föredraget svar på samma prompt.</translation>
    </message>
    <message>
        <source>Learn by trial: a grader scores sampled answers and the model improves its reasoning.</source>
        <translation>Lär genom försök: en bedömare poängsätter genererade svar och modellen förbättrar sitt resonemang.</translation>
    </message>
    <message>
        <source>%1 cannot be trained with this method; pick another base model on the next page to use it.</source>
        <translation>%1 kan inte tränas med den här metoden; välj en annan basmodell på nästa sida för att använda metoden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training method&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Supervised fine-tuning&lt;/b&gt; (SFT) learns from example conversations: the assistant messages of each line show the answers you want.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Direct preference optimization&lt;/b&gt; (DPO) learns from pairs: a preferred and a non-preferred answer to each prompt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reinforcement fine-tuning&lt;/b&gt; (RFT) lets a reasoning model try answers and learn from the scores a grader gives them.&lt;/p&gt;&lt;p&gt;A method the chosen base model cannot use is disabled, with the reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Träningsmetod&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Övervakad finjustering&lt;/b&gt; (SFT) lär av exempelkonversationer: assistentmeddelandena på varje rad visar de svar du vill ha.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Direktpreferensoptimering&lt;/b&gt; (DPO) lär av par: ett föredraget och ett icke föredraget svar på varje prompt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Finjustering av förstärkning&lt;/b&gt; (RFT) låter en resonemangsmodell pröva svar och lära av poängen som en bedömare ger dem.&lt;/p&gt;&lt;p&gt;En metod som den valda basmodellen inte kan använda är inaktiverad, med orsaken angiven.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::MetricsChartView</name>
    <message>
        <source>Drag to zoom, wheel to zoom, middle button or arrow keys to pan, right click to zoom out</source>
        <translation>Dra eller använd hjulet för att zooma, mittenknappen eller piltangenterna för att panorera, högerklicka för att zooma ut</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Steg %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::MetricsPanel</name>
    <message>
        <source>Smoothing</source>
        <translation>Utjämning</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>Återställ &amp;zoom</translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation>E&amp;xportera diagram…</translation>
    </message>
    <message>
        <source>&amp;All charts to a folder (PNG, SVG and CSV)…</source>
        <translation>&amp;Alla diagram till en mapp (PNG, SVG och CSV)…</translation>
    </message>
    <message>
        <source>Export the charts into</source>
        <translation>Exportera diagrammen till</translation>
    </message>
    <message>
        <source>Some charts could not be written to %1.</source>
        <translation>Vissa diagram kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Vektorbild (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Data (CSV)…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportera %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kunde inte skrivas.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Inga resultat än.</translation>
    </message>
    <message>
        <source>The results file cannot be read: %1</source>
        <translation>Resultatfilen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The results file has no metrics yet.</source>
        <translation>Resultatfilen har inga mått än.</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Visa som &amp;tabell</translation>
    </message>
    <message>
        <source>Shows the numbers behind the charts, one row per step.</source>
        <translation>Visar siffrorna bakom diagrammen, en rad per steg.</translation>
    </message>
    <message>
        <source>Results data</source>
        <translation>Resultatdata</translation>
    </message>
    <message>
        <source>&amp;Smoothing:</source>
        <translation>&amp;Utjämning:</translation>
    </message>
    <message>
        <source>Smooths the lines (exponential moving average); the raw points stay.</source>
        <translation>Jämnar ut linjerna (exponentiellt glidande medelvärde); de råa punkterna finns kvar.</translation>
    </message>
    <message>
        <source>Shows every step again after zooming.</source>
        <translation>Visar alla steg igen efter zoomning.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
</context>
<context>
    <name>ft::ui::ModelPage</name>
    <message>
        <source>Base model</source>
        <translation>Basmodell</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune, or a model you fine-tuned before to continue training it.</source>
        <translation>Välj modellen att finjustera, eller en modell du har finjusterat tidigare för att fortsätta träna den.</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Sök modeller</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <source>Tokens per example</source>
        <translation>Token per exempel</translation>
    </message>
    <message>
        <source>Base models</source>
        <translation>Basmodeller</translation>
    </message>
    <message>
        <source>Your fine-tuned models and checkpoints</source>
        <translation>Dina finjusterade modeller och kontrollpunkter</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>%1 cannot be trained with the method chosen on the first page.</source>
        <translation>%1 kan inte tränas med metoden som valdes på första sidan.</translation>
    </message>
    <message>
        <source>Not in this app&apos;s model catalog.</source>
        <translation>Finns inte i appens modellkatalog.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Trains with up to %3 tokens per example; encoding %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Tränar med upp till %3 token per exempel; kodning %4.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Base model&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The models of this connection that can be fine-tuned, with the methods each supports and its context length. Below them: models you fine-tuned before and their checkpoints — pick one to continue training it on new data.&lt;/p&gt;&lt;p&gt;Type in the search box to filter by name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Basmodell&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Modellerna i den här anslutningen som kan finjusteras, med de metoder som var och en stöder och dess kontextlängd. Under dem: modeller du har finjusterat tidigare och deras kontrollpunkter — välj en för att fortsätta träna den på nya data.&lt;/p&gt;&lt;p&gt;Skriv i sökrutan för att filtrera på namn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base models, and your fine-tuned models and checkpoints to continue from.</source>
        <translation>Basmodeller, samt dina finjusterade modeller och kontrollpunkter att fortsätta från.</translation>
    </message>
    <message>
        <source>The search hides the chosen model: pick one of the models shown, or clear the search.</source>
        <translation>Sökningen döljer den valda modellen: välj en av de modeller som visas, eller rensa sökningen.</translation>
    </message>
</context>
<context>
    <name>ft::ui::Playground</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>System message (optional)</source>
        <translation>Systemmeddelande (valfritt)</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Systemmeddelande</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ditt meddelande</translation>
    </message>
    <message>
        <source>Type a message; Ctrl+Enter sends it</source>
        <translation>Skriv ett meddelande; Ctrl+Enter skickar det</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(ingen jämförelse)</translation>
    </message>
    <message>
        <source>&amp;Chat with:</source>
        <translation>&amp;Chatta med:</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion = %3 tokens</source>
        <translation>%1 prompt + %2 slutförande = %3 token</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Jämför &amp;med:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Max to&amp;kens:</source>
        <translation>Ma&amp;x token:</translation>
    </message>
    <message>
        <source>0 gives the most likely answer; higher values vary more.</source>
        <translation>0 ger det mest sannolika svaret; högre värden varierar mer.</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>Det längsta svaret, i token.</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Rensa</translation>
    </message>
    <message>
        <source>Your next message; Send asks every chosen deployment.</source>
        <translation>Ditt nästa meddelande; Skicka frågar varje vald distribution.</translation>
    </message>
    <message>
        <source>Sends the message to the chosen deployments.</source>
        <translation>Skickar meddelandet till de valda distributionerna.</translation>
    </message>
    <message>
        <source>The deployment to chat with.</source>
        <translation>Distributionen att chatta med.</translation>
    </message>
    <message>
        <source>Optional: a second deployment answering the same messages, side by side.</source>
        <translation>Valfritt: en andra distribution som svarar på samma meddelanden, sida vid sida.</translation>
    </message>
    <message>
        <source>Starts a new conversation.</source>
        <translation>Startar en ny konversation.</translation>
    </message>
    <message>
        <source>Simulated replies: the local emulator answers with the closest training example of the model, or says that none is close. No model runs.</source>
        <translation>Simulerade svar: den lokala emulatorn svarar med modellens närmaste träningsexempel, eller säger att inget är nära. Ingen modell körs.</translation>
    </message>
</context>
<context>
    <name>ft::ui::ReviewEstimate</name>
    <message>
        <source>No cost estimate: the training file cannot be split here (%1).</source>
        <translation>Ingen kostnadsuppskattning: träningsfilen kan inte delas här (%1).</translation>
    </message>
    <message numerus="yes">
        <source>For the %n examples left for training after the split.</source>
        <translation>
            <numerusform>För det %n exempel som återstår för träning efter delningen.</numerusform>
            <numerusform>För de %n exempel som återstår för träning efter delningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token count or cost estimate: the training file was not checked on this computer.</source>
        <translation>Ingen tokenräkning eller kostnadsuppskattning: träningsfilen kontrollerades inte på den här datorn.</translation>
    </message>
    <message>
        <source>No token count or cost estimate: the service fetches the file itself.</source>
        <translation>Ingen tokenräkning eller kostnadsuppskattning: tjänsten hämtar filen själv.</translation>
    </message>
    <message>
        <source>Counting the tokens…</source>
        <translation>Räknar token…</translation>
    </message>
    <message>
        <source>No cost estimate: %1</source>
        <translation>Ingen kostnadsuppskattning: %1</translation>
    </message>
    <message>
        <source>Reading the training file back from the resource to count its tokens…</source>
        <translation>Läser tillbaka träningsfilen från resursen för att räkna dess token…</translation>
    </message>
    <message>
        <source>No cost estimate: the training file cannot be read back (%1).</source>
        <translation>Ingen kostnadsuppskattning: träningsfilen kan inte läsas tillbaka (%1).</translation>
    </message>
    <message>
        <source>Counted in the file on the resource.</source>
        <translation>Räknat i filen på resursen.</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Token och kostnad</translation>
    </message>
</context>
<context>
    <name>ft::ui::ReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>Granska och skicka</translation>
    </message>
    <message>
        <source>Check what will be sent. Submit uploads any local file still to upload, then creates the job.</source>
        <translation>Kontrollera vad som skickas. Skicka laddar upp eventuella lokala filer som ännu inte laddats upp och skapar sedan jobbet.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>Begäran som skickas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 (on the resource)</source>
        <translation>%1 (på resursen)</translation>
    </message>
    <message>
        <source>%1 (uploaded on Submit)</source>
        <translation>%1 (laddas upp vid Skicka)</translation>
    </message>
    <message>
        <source>%1 (uploaded as %2)</source>
        <translation>%1 (uppladdad som %2)</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importerad från %1</translation>
    </message>
    <message>
        <source>%1 % split off the training file</source>
        <translation>%1 % avdelat från träningsfilen</translation>
    </message>
    <message>
        <source>Direct preference optimization</source>
        <translation>Direktpreferensoptimering</translation>
    </message>
    <message>
        <source>Reinforcement fine-tuning</source>
        <translation>Finjustering av förstärkning</translation>
    </message>
    <message>
        <source>Supervised fine-tuning</source>
        <translation>Övervakad finjustering</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basmodell</translation>
    </message>
    <message>
        <source>Training tier</source>
        <translation>Träningsnivå</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Träningsdata</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>Valideringsdata</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellnamn</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frö</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>väljs av tjänsten</translation>
    </message>
    <message>
        <source>epochs %1, batch size %2, learning rate multiplier %3</source>
        <translation>epoker %1, batchstorlek %2, multiplikator för inlärningshastighet %3</translation>
    </message>
    <message>
        <source>, beta %1</source>
        <translation>, beta %1</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparametrar</translation>
    </message>
    <message>
        <source>the service&apos;s defaults</source>
        <translation>tjänstens standardvärden</translation>
    </message>
    <message>
        <source>Auto-deploy</source>
        <translation>Automatisk distribution</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <source>Global Standard</source>
        <translation>Global Standard</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Utvecklare</translation>
    </message>
    <message>
        <source>&lt;a new id for each submit&gt;</source>
        <translation>&lt;ett nytt id för varje inskickning&gt;</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Inte skickat: %1</translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation>Jobbet %1 skapades.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Review and submit&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Everything you chose, the estimated tokens and cost, and the exact request that will be sent (with the key masked). &lt;b&gt;Submit&lt;/b&gt; uploads local files that are not uploaded yet, then creates the job exactly once, even if the network fails on the way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Granska och skicka&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Allt du har valt, uppskattat antal token och kostnad, och exakt den begäran som skickas (med nyckeln maskerad). &lt;b&gt;Skicka&lt;/b&gt; laddar upp lokala filer som inte har laddats upp än och skapar sedan jobbet exakt en gång, även om nätverket fallerar på vägen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The exact HTTP request Submit sends, with the key masked.</source>
        <translation>Exakt den HTTP-begäran som Skicka skickar, med nyckeln maskerad.</translation>
    </message>
    <message>
        <source>%1 without the share split off for validation (uploaded on Submit)</source>
        <translation>%1 utan andelen som delas av för validering (laddas upp vid Skicka)</translation>
    </message>
</context>
<context>
    <name>ft::ui::Session</name>
    <message>
        <source>Local emulator</source>
        <translation>Lokal emulator</translation>
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
        <translation>&lt;b&gt;Offline&lt;/b&gt; — tjänsten kan inte nås (%1). Visar jobben som cachelagrades %2, skrivskyddat; appen fortsätter att försöka.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — the service cannot be reached (%1). Nothing is cached for this connection yet.</source>
        <translation>&lt;b&gt;Offline&lt;/b&gt; — tjänsten kan inte nås (%1). Inget har cachelagrats för den här anslutningen än.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Inloggning&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>Ange nyckeln…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Dölj detaljer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Tjänsten svarade: %1</translation>
    </message>
</context>
<context>
    <name>ft::ui::SuffixSeedPage</name>
    <message>
        <source>Suffix and seed</source>
        <translation>Suffix och frö</translation>
    </message>
    <message>
        <source>The suffix becomes part of the fine-tuned model&apos;s name. The same seed and data give the same training run.</source>
        <translation>Suffixet blir en del av den finjusterade modellens namn. Samma frö och data ger samma träningskörning.</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frö</translation>
    </message>
    <message>
        <source>random</source>
        <translation>slumpmässigt</translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation>S&amp;uffix:</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>Modellnamn:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Frö:</translation>
    </message>
    <message>
        <source>%1 allows %2.</source>
        <translation>%1 tillåter %2.</translation>
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
        <translation>Tjänsten väljer ett frö och rapporterar det med jobbet.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1.</source>
        <translation>Fröet måste vara ett heltal från 0 till %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suffix and seed&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The suffix is added to the fine-tuned model&apos;s name so you can recognise it; the service&apos;s rule for it is checked as you type, and the preview shows the name the model will get.&lt;/p&gt;&lt;p&gt;The seed makes a run reproducible: the same seed, data and settings train the same model. Leave it empty for a random seed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Suffix och frö&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Suffixet läggs till i den finjusterade modellens namn så att du känner igen den; tjänstens regel för suffixet kontrolleras medan du skriver, och förhandsvisningen visar namnet som modellen får.&lt;/p&gt;&lt;p&gt;Fröet gör en körning reproducerbar: samma frö, data och inställningar tränar samma modell. Lämna fältet tomt för ett slumpmässigt frö.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added to the fine-tuned model&apos;s name so you can recognise it.</source>
        <translation>Läggs till i den finjusterade modellens namn så att du känner igen den.</translation>
    </message>
</context>
<context>
    <name>ft::ui::TierPage</name>
    <message>
        <source>Training tier</source>
        <translation>Träningsnivå</translation>
    </message>
    <message>
        <source>Where and how the training runs. Prices are per tier; the cost estimate on the review page uses the one you pick.</source>
        <translation>Var och hur träningen körs. Priserna gäller per nivå; kostnadsuppskattningen på granskningssidan använder den du väljer.</translation>
    </message>
    <message>
        <source>%1 does not offer this tier.</source>
        <translation>%1 erbjuder inte den här nivån.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training tier&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standard&lt;/b&gt; trains in the resource&apos;s region (data stays there). &lt;b&gt;Global Standard&lt;/b&gt; may train in any region and costs less. &lt;b&gt;Developer&lt;/b&gt; costs least but can be preempted and resumed later, and has no data-residency guarantee.&lt;/p&gt;&lt;p&gt;A tier the model does not offer is disabled, with the reason. OpenAI connections have no tiers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Träningsnivå&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standard&lt;/b&gt; tränar i resursens region (data stannar där). &lt;b&gt;Global Standard&lt;/b&gt; kan träna i valfri region och kostar mindre. &lt;b&gt;Utvecklare&lt;/b&gt; kostar minst men kan stoppas tillfälligt av tjänsten och återupptas senare, och har ingen garanti för datahemvist.&lt;/p&gt;&lt;p&gt;En nivå som modellen inte erbjuder är inaktiverad, med orsaken angiven. OpenAI-anslutningar har inga nivåer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::ui::UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Användarhandboken saknas i den här versionen.</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>ft::ui::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Demo speed</source>
        <translation>&amp;Demohastighet</translation>
    </message>
    <message>
        <source>How fast the built-in emulator&apos;s jobs and deployments run.</source>
        <translation>Hur fort den inbyggda emulatorns jobb och distributioner går.</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Realtid</translation>
    </message>
    <message>
        <source>%1× real time</source>
        <translation>%1× realtid</translation>
    </message>
    <message>
        <source>Only the built-in emulator runs at a chosen speed.</source>
        <translation>Bara den inbyggda emulatorn går i en vald hastighet.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <source>The system theme is used when Fine-Tune Studio starts again.</source>
        <translation>Systemtemat används när Fine-Tune Studio startas om.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create, watch, deploy and clean up fine-tuned models on Azure OpenAI and OpenAI — or on the built-in emulator.</source>
        <translation>Skapa, övervaka, distribuera och rensa finjusterade modeller i Azure OpenAI och OpenAI — eller i den inbyggda emulatorn.</translation>
    </message>
    <message>
        <source>Do not start the built-in emulator.</source>
        <translation>Starta inte den inbyggda emulatorn.</translation>
    </message>
    <message>
        <source>Fine-Tune Studio</source>
        <translation>Fine-Tune Studio</translation>
    </message>
    <message>
        <source>The built-in emulator could not start: %1</source>
        <translation>Den inbyggda emulatorn kunde inte starta: %1</translation>
    </message>
    <message>
        <source>Local emulator</source>
        <translation>Lokal emulator</translation>
    </message>
    <message>
        <source>Azure OpenAI (environment)</source>
        <translation>Azure OpenAI (miljö)</translation>
    </message>
    <message>
        <source>OpenAI (environment)</source>
        <translation>OpenAI (miljö)</translation>
    </message>
    <message>
        <source>Language of the user interface: zh_CN, ja_JP, sv_SE or en (default: the setting in View → Language, else the system&apos;s).</source>
        <translation>Användargränssnittets språk: zh_CN, ja_JP, sv_SE eller en (standard: inställningen i Visa → Språk, annars systemets).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: the setting in View → Theme).</source>
        <translation>Färgtema: system, light eller dark (standard: inställningen i Visa → Tema).</translation>
    </message>
    <message>
        <source>Clock speed of the built-in emulator (default: View → Demo speed, else 5).</source>
        <translation>Klockhastighet för den inbyggda emulatorn (standard: Visa → Demohastighet, annars 5).</translation>
    </message>
</context>
</TS>
