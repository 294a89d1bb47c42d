import WardCore

extension SecretRules {
    /// Shapes of Microsoft's identifiable keys: a fixed signature at a fixed offset of a base64 key,
    /// so they are recognised without any surrounding context.
    enum AzureKeyShape {
        /// 64-byte keys: 88 base64 characters, the signature at offset 76.
        case long(signature: String)
        /// 32-byte keys: 44 base64 characters, the signature at offset 33.
        case short(signature: String)

        var pattern: String {
            switch self {
            case .long(let signature):
                #"(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{76}"# + escaped(signature) + #"[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=])"#
            case .short(let signature):
                #"(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{33}"# + escaped(signature) + #"[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=])"#
            }
        }

        var fakeKey: String {
            switch self {
            case .long(let signature): Fake.base64(76) + signature + Fake.base64(5) + "Q=="
            case .short(let signature): Fake.base64(33) + signature + "C" + Fake.base64(5) + "="
            }
        }

        var signature: String {
            switch self {
            case .long(let signature), .short(let signature): signature
            }
        }

        private func escaped(_ signature: String) -> String {
            signature.hasPrefix("+") ? #"\+"# + signature.dropFirst() : signature
        }
    }

    static func azureIdentifiableKeyRule(
        id: String, title: String, summary: String, shape: AzureKeyShape, console: String, variable: String,
        severity: Severity = .high, tags: [String] = [], reference: String
    ) -> SecretRule {
        let key = shape.fakeKey
        return SecretRule(
            id: id, title: title, summary: summary, severity: severity,
            remediation: Remediation.rotate("key", where: console),
            tags: ["cloud", "azure"] + tags, references: [reference],
            keywords: [shape.signature.lowercased()], pattern: shape.pattern, priority: 25,
            triggering: [Example("\(variable)=↓\(key)"), Example("\"\(variable)\": \"↓\(shape.fakeKey)\"")],
            nonTriggering: [Example("\(variable)=\(key.dropFirst())")])
    }

    static let azureIdentifiableKeys: [SecretRule] = [
        azureIdentifiableKeyRule(
            id: "azure-storage-identifiable-key", title: "Azure storage account key (identifiable)",
            summary: "A storage account key in Microsoft's identifiable format (+ASt signature): full control of every blob, file share, queue and table in the account.",
            shape: .long(signature: "+ASt"), console: "the Azure portal (storage account › Access keys › Rotate key)", variable: "STORAGE_KEY",
            severity: .critical, reference: "https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage"),
        azureIdentifiableKeyRule(
            id: "azure-cosmosdb-identifiable-key", title: "Azure Cosmos DB account key (identifiable)",
            summary: "A Cosmos DB key in Microsoft's identifiable format (ACDb signature): it reads and writes every database and container in the account.",
            shape: .long(signature: "ACDb"), console: "the Azure portal (Cosmos DB account › Keys › Regenerate)", variable: "COSMOS_KEY",
            severity: .critical, tags: ["database"], reference: "https://learn.microsoft.com/azure/cosmos-db/database-security"),
        azureIdentifiableKeyRule(
            id: "azure-batch-identifiable-key", title: "Azure Batch account key",
            summary: "An Azure Batch account key (+ABa signature): it creates pools and runs arbitrary jobs on compute billed to the account.",
            shape: .long(signature: "+ABa"), console: "the Azure portal (Batch account › Keys › Regenerate)", variable: "BATCH_ACCOUNT_KEY",
            reference: "https://learn.microsoft.com/azure/batch/security-best-practices"),
        azureIdentifiableKeyRule(
            id: "azure-apim-identifiable-key", title: "Azure API Management key",
            summary: "An API Management subscription, gateway, direct-management or repository key (APIM signature): it calls the published APIs, or administers the service, depending on its kind.",
            shape: .long(signature: "APIM"), console: "the Azure portal (API Management › Subscriptions or Management API › Regenerate)", variable: "APIM_SUBSCRIPTION_KEY",
            reference: "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"),
        azureIdentifiableKeyRule(
            id: "azure-service-bus-identifiable-key", title: "Azure Service Bus key (identifiable)",
            summary: "A Service Bus shared access key (+ASb signature): it sends, receives or manages the namespace's queues and topics, as its policy allows.",
            shape: .short(signature: "+ASb"), console: "the Azure portal (Service Bus namespace › Shared access policies › Regenerate)", variable: "SERVICEBUS_KEY",
            reference: "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas"),
        azureIdentifiableKeyRule(
            id: "azure-event-hubs-identifiable-key", title: "Azure Event Hubs key (identifiable)",
            summary: "An Event Hubs shared access key (+AEh signature): it publishes to or reads every event stream its policy covers.",
            shape: .short(signature: "+AEh"), console: "the Azure portal (Event Hubs namespace › Shared access policies › Regenerate)", variable: "EVENTHUB_KEY",
            reference: "https://learn.microsoft.com/azure/event-hubs/authorize-access-shared-access-signature"),
        azureIdentifiableKeyRule(
            id: "azure-relay-identifiable-key", title: "Azure Relay key (identifiable)",
            summary: "An Azure Relay shared access key (+ARm signature): it listens on or sends through the namespace's hybrid connections, reaching the on-premises services behind them.",
            shape: .short(signature: "+ARm"), console: "the Azure portal (Relay namespace › Shared access policies › Regenerate)", variable: "RELAY_KEY",
            reference: "https://learn.microsoft.com/azure/azure-relay/relay-authentication-and-authorization"),
        azureIdentifiableKeyRule(
            id: "azure-iot-identifiable-key", title: "Azure IoT Hub or device key (identifiable)",
            summary: "An IoT Hub, device or Device Provisioning key (AIoT signature): it impersonates devices or, for hub policies, manages the whole device registry and sends commands to devices.",
            shape: .short(signature: "AIoT"), console: "the Azure portal (IoT Hub › Shared access policies or Devices › Regenerate)", variable: "IOTHUB_DEVICE_KEY",
            tags: ["iot"], reference: "https://learn.microsoft.com/azure/iot-hub/authenticate-authorize-sas"),
        azureIdentifiableKeyRule(
            id: "azure-event-grid-identifiable-key", title: "Azure Event Grid access key",
            summary: "An Event Grid topic or namespace access key (AZEG signature): it publishes events that downstream handlers trust and act on.",
            shape: .short(signature: "AZEG"), console: "the Azure portal (Event Grid topic › Access keys › Regenerate)", variable: "EVENTGRID_KEY",
            reference: "https://learn.microsoft.com/azure/event-grid/authenticate-with-access-keys-shared-access-signatures"),
        azureIdentifiableKeyRule(
            id: "azure-cache-redis-identifiable-key", title: "Azure Cache for Redis access key",
            summary: "An Azure Cache for Redis access key (AzCa signature): it reads, changes or flushes everything in the cache, sessions and cached personal data included.",
            shape: .short(signature: "AzCa"), console: "the Azure portal (Redis cache › Authentication › Regenerate)", variable: "REDIS_PASSWORD",
            tags: ["database"], reference: "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure"),
        SecretRule(
            id: "azure-function-key", title: "Azure Functions access key",
            summary: "An Azure Functions host, master or function key (AzFu signature): it invokes the protected functions, and the master key also administers the function app.",
            severity: .high, remediation: Remediation.rotate("function key", where: "the Azure portal (Function app › App keys or the function's Function keys › Renew)"),
            tags: ["cloud", "azure"], references: ["https://learn.microsoft.com/azure/azure-functions/function-keys-how-to"],
            keywords: ["azfu"],
            pattern: #"(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==)(?![A-Za-z0-9_=-])"#,
            priority: 25,
            triggering: [Example("https://orders.azurewebsites.net/api/checkout?code=↓\(Fake.base64URL(44))AzFu\(Fake.base64URL(5))w==")],
            nonTriggering: [Example("code=\(Fake.base64URL(30))AzFu\(Fake.base64URL(5))w==")]),
        SecretRule(
            id: "azure-search-identifiable-key", title: "Azure AI Search key",
            summary: "An Azure AI Search admin or query key (AzSe signature): admin keys create, change and delete indexes and documents; query keys read every indexed document.",
            severity: .high, remediation: Remediation.rotate("search key", where: "the Azure portal (Search service › Keys › Regenerate)"),
            tags: ["cloud", "azure"], references: ["https://learn.microsoft.com/azure/search/search-security-api-keys"],
            keywords: ["azse"],
            pattern: #"(?<![A-Za-z0-9+/_-])([A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5})(?![A-Za-z0-9+/=_-])"#,
            priority: 25,
            triggering: [Example("SEARCH_ADMIN_KEY=↓\(Fake.alnum(42))AzSeB\(Fake.alnum(5))")],
            nonTriggering: [Example("SEARCH_ADMIN_KEY=\(Fake.alnum(42))AzSeX\(Fake.alnum(5))")]),
        SecretRule(
            id: "azure-container-registry-identifiable-key", title: "Azure Container Registry password",
            summary: "An Azure Container Registry admin or token password (+ACR signature): it pulls and pushes images, so it can plant a backdoored image where deployments fetch theirs.",
            severity: .high, remediation: Remediation.rotate("registry password", where: "the Azure portal (Container registry › Access keys or Tokens › Regenerate)"),
            tags: ["cloud", "azure", "containers"], references: ["https://learn.microsoft.com/azure/container-registry/container-registry-authentication"],
            keywords: ["+acr"],
            pattern: #"(?<![A-Za-z0-9+/_-])([A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5})(?![A-Za-z0-9+/=_-])"#,
            priority: 25,
            triggering: [Example("docker login shop.azurecr.io -u shop -p ↓\(Fake.base64(42))+ACRC\(Fake.base64(5))")],
            nonTriggering: [Example("docker login shop.azurecr.io -u shop -p \(Fake.base64(42))+ACRZ\(Fake.base64(5))")]),
    ]
}
