import WardCore

extension SecretRules {
    /// Azurite's published development-storage key: it opens only the local emulator, and sample
    /// configurations everywhere carry it.
    static let azuriteAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="  // gitleaks:allow, pragma: allowlist secret (public emulator key, not a credential)

    static let azure: [SecretRule] = [
        SecretRule(
            id: "azure-storage-account-key", title: "Azure storage account key",
            summary: "A storage account access key, usually inside a connection string (AccountKey=…): it has full control of every blob, file share, queue and table in the account and signs SAS tokens for them.",
            severity: .critical, remediation: Remediation.rotate("account key", where: "the Azure portal (storage account › Access keys › Rotate key), and prefer Microsoft Entra ID with managed identities"),
            tags: ["cloud", "azure"], references: ["https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage"],
            keywords: ["account", "storage"],
            pattern: #"(?i)(?:account|storage)[_.-]?(?:access[_.-]?)?key["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5}([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])"#,
            validator: { String(decoding: $0, as: UTF8.self) != azuriteAccountKey },
            triggering: [
                Example("AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=invoices\(Fake.lowerAlnum(4));AccountKey=↓\(Fake.base64(86))==;EndpointSuffix=core.windows.net\""),
                Example("azure_storage_account_key: ↓\(Fake.base64(86))=="),
            ],
            nonTriggering: [
                "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=\(azuriteAccountKey);BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
                Example("AccountKey=\(Fake.base64(40))=="),
            ]),
        SecretRule(
            id: "azure-cosmosdb-connection-key", title: "Azure Cosmos DB account key",
            summary: "A Cosmos DB primary or secondary key next to its documents.azure.com endpoint or a cosmos setting: it reads and writes every database and container in the account.",
            severity: .critical, remediation: Remediation.rotate("account key", where: "the Azure portal (Cosmos DB account › Keys › Regenerate), and prefer Entra ID role-based access"),
            tags: ["cloud", "azure", "database"], references: ["https://learn.microsoft.com/azure/cosmos-db/database-security"],
            keywords: ["documents.azure.com", "cosmos"],
            pattern: #"(?i)(?:\.documents\.azure\.com(?::\d{1,5})?/?;[ \t]{0,3}AccountKey=|cosmos[\w.-]{0,20}(?:primary|secondary|master|account|auth)?[_.-]?key["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])"#,
            priority: 20,
            triggering: [
                Example("\"CosmosDb\": \"AccountEndpoint=https://orders-\(Fake.lowerAlnum(5)).documents.azure.com:443/;AccountKey=↓\(Fake.base64(86))==;\""),
                Example("COSMOS_PRIMARY_KEY=↓\(Fake.base64(86))=="),
            ],
            nonTriggering: ["AccountEndpoint=https://orders.documents.azure.com:443/;AccountKey=${COSMOS_KEY};"]),
        SecretRule(
            id: "azure-shared-access-key", title: "Azure Service Bus, Event Hubs, Relay or IoT Hub shared access key",
            summary: "A shared access key in a messaging connection string (SharedAccessKey=…): depending on its policy it sends, reads or manages every queue, topic, hub or device of the namespace — RootManageSharedAccessKey does all three.",
            severity: .high, remediation: Remediation.rotate("shared access key", where: "the Azure portal (namespace or hub › Shared access policies › Regenerate)"),
            tags: ["cloud", "azure"], references: ["https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas"],
            keywords: ["sharedaccesskey"],
            pattern: #"(?i)\bSharedAccessKey[ \t]{0,3}=[ \t]{0,3}([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])"#,
            triggering: [
                Example("Endpoint=sb://orders-\(Fake.lowerAlnum(5)).servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=↓\(Fake.base64(43))="),
                Example("IOTHUB_CONNECTION_STRING=\"HostName=fleet.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=↓\(Fake.base64(43))=\""),
            ],
            nonTriggering: ["Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>"]),
        SecretRule(
            id: "azure-sas-token", title: "Azure shared access signature (SAS) token",
            summary: "A SAS token (sv=…&sig=…) grants whatever permissions and resources its fields list — often write or list on a whole storage account — until its expiry, and cannot be revoked on its own unless it uses a stored access policy.",
            severity: .high, remediation: "Rotate the account key that signed the SAS (or delete its stored access policy) in the Azure portal: a committed SAS stays valid until it expires. Issue short-lived user-delegation SAS tokens at run time instead of storing them.",
            tags: ["cloud", "azure"], references: ["https://learn.microsoft.com/azure/storage/common/storage-sas-overview"],
            keywords: ["sig="],
            pattern: #"\bsv=\d{4}-\d{2}-\d{2}&[\w%&=:.+/-]{0,300}?&sig=([A-Za-z0-9%+/]{40,120}(?:%3D|=)?)(?![A-Za-z0-9%+/=])"#,
            triggering: [
                Example("https://media\(Fake.lowerAlnum(4)).blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2031-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=↓\(Fake.alnum(43))%3D"),
                Example("SAS_TOKEN='sp=racwdl&st=2024-05-01T10:00:00Z&se=2030-05-01T10:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=↓\(Fake.alnum(20))%2B\(Fake.alnum(21))%3D'"),
            ],
            nonTriggering: ["https://media.blob.core.windows.net/uploads?sv=2022-11-02&sp=r&sig=REDACTED"]),
        SecretRule(
            id: "azure-entra-client-secret", title: "Microsoft Entra ID (Azure AD) client secret",
            summary: "An app registration's client secret (…Q~…): with the tenant and client IDs it signs in as the application and receives every API permission granted to it, Microsoft Graph included.",
            severity: .critical, remediation: Remediation.rotate("client secret", where: "the Entra admin center (App registrations › Certificates & secrets), and prefer certificates or federated credentials"),
            tags: ["cloud", "azure", "oauth"], references: ["https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials"],
            keywords: ["8q~", "7q~"],
            pattern: #"(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}(?:8Q~[A-Za-z0-9_~.-]{34}|7Q~[A-Za-z0-9_~.-]{31}))(?![A-Za-z0-9_~.-])"#,
            triggering: [
                Example("AZURE_CLIENT_SECRET=↓\(Fake.alnum(3))8Q~\(Fake.string(34, from: Fake.lowerAlphabet + Fake.upperAlphabet + Fake.digitAlphabet + "_~.-"))"),
                Example("\"ClientSecret\": \"↓\(Fake.alnum(3))7Q~\(Fake.alnum(31))\""),
            ],
            nonTriggering: [
                Example("AZURE_CLIENT_SECRET=\(Fake.alnum(3))8Q~\(Fake.alnum(20))"),
                Example("note = \"\(Fake.alnum(3))5Q~\(Fake.alnum(34))\""),
            ]),
        SecretRule(
            id: "azure-devops-pat", title: "Azure DevOps personal access token",
            summary: "An Azure DevOps personal access token in the 84-character format (AZDO signature): it acts as its owner on repositories, pipelines, artifacts and work items within its scopes.",
            severity: .high, remediation: Remediation.rotate("personal access token", where: "Azure DevOps (User settings › Personal access tokens; administrators can revoke any user's token)"),
            tags: ["azure", "devops", "git"], references: ["https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate"],
            keywords: ["azdo"],
            pattern: #"\b([A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}AZDO[A-Za-z0-9]{4})\b"#,
            triggering: [
                Example("git clone https://build:↓\(Fake.alnum(52))JQQJ99BF\(Fake.alnum(16))AZDO\(Fake.alnum(4))@dev.azure.com/contoso/shop/_git/api"),
                Example("AZURE_DEVOPS_EXT_PAT=↓\(Fake.alnum(52))JQQJ99BF\(Fake.alnum(16))AZDO\(Fake.alnum(4))"),
            ],
            nonTriggering: [Example("AZURE_DEVOPS_EXT_PAT=\(Fake.alnum(52))JQQJ99BF\(Fake.alnum(16))AZXX\(Fake.alnum(4))")]),
        SecretRule(
            id: "azure-devops-pat-legacy", title: "Azure DevOps personal access token (52-character format)",
            summary: "An Azure DevOps personal access token in the older 52-character base32 format, recognised by its variable name or by a dev.azure.com Git URL: it acts as its owner within its scopes.",
            severity: .high, remediation: Remediation.rotate("personal access token", where: "Azure DevOps (User settings › Personal access tokens)"),
            tags: ["azure", "devops", "git"], references: ["https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate"],
            keywords: ["azure", "devops", "ado", "azdo", "vsts"],
            pattern: #"(?:(?i:(?:azure[_.-]?devops|\bado|\bazdo|\bvsts)[\w.-]{0,20}(?:pat|token)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})|://[^\s:@/]{0,40}:(?=[a-z2-7]{52}@(?i:dev\.azure\.com|[\w-]{1,60}\.visualstudio\.com)))([a-z2-7]{52})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [
                Example("ADO_PAT=↓\(Fake.string(52, from: Fake.lowerAlphabet + "234567"))"),
                Example("url = https://ci:↓\(Fake.string(52, from: Fake.lowerAlphabet + "234567"))@dev.azure.com/contoso/shop/_git/api"),
            ],
            nonTriggering: [
                Example("url = https://ci:\(Fake.string(52, from: Fake.lowerAlphabet + "234567"))@git.example.org/shop.git"),
                Example("ADO_PAT=\(Fake.string(40, from: Fake.lowerAlphabet + "234567"))"),
            ]),
        SecretRule(
            id: "azure-openai-api-key", title: "Azure OpenAI API key",
            summary: "An Azure OpenAI (Azure AI services) resource key, recognised by its variable name: it calls every model deployed on the resource, billed to its subscription.",
            severity: .high, remediation: Remediation.rotate("resource key", where: "the Azure portal (the Azure OpenAI resource › Keys and Endpoint › Regenerate), and prefer Entra ID authentication"),
            tags: ["cloud", "azure", "ai"], references: ["https://learn.microsoft.com/azure/ai-services/openai/reference"],
            keywords: ["openai", "aoai"],
            pattern: #"(?i:(?:azure[_.-]?openai|\baoai)[\w.-]{0,20}(?:api[_.-]?)?key["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([a-f0-9]{32}|[A-Za-z0-9]{52}JQQJ9[A-Za-z0-9]{27})(?![A-Za-z0-9])"#,
            entropy: 3.0, priority: 15,
            triggering: [
                Example("AZURE_OPENAI_API_KEY=↓\(Fake.hex(32))"),
                Example("azure_openai_key: \"↓\(Fake.alnum(52))JQQJ99BE\(Fake.alnum(11))AAAAAACOG\(Fake.alnum(4))\""),
            ],
            nonTriggering: ["AZURE_OPENAI_API_KEY=00000000000000000000000000000000"]),
        SecretRule(
            id: "azure-identifiable-key", title: "Azure identifiable key (common annotated format)",
            summary: "An 84-character Microsoft key with the JQQJ9 signature (Azure AI services, Azure OpenAI and other newer resources): it authenticates to the resource that issued it.",
            severity: .high, remediation: Remediation.rotate("key", where: "the Azure portal (the issuing resource's Keys page › Regenerate)"),
            tags: ["cloud", "azure"], references: ["https://github.com/microsoft/security-utilities"],
            keywords: ["jqqj"],
            pattern: #"\b([A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7})\b"#,
            priority: 5,
            triggering: [Example("SPEECH_KEY=↓\(Fake.alnum(52))JQQJ99BE\(Fake.alnum(11))AAAAAACOG\(Fake.alnum(4))")],
            nonTriggering: [Example("SPEECH_KEY=\(Fake.alnum(52))JQQJ11BE\(Fake.alnum(11))AAAAAACOG\(Fake.alnum(4))")]),
    ]
}
