import WardCore
import Yams

/// A configuration file parsed once, shared by every rule of its type.
public enum ConfigDocument {
    case dockerfile(Dockerfile)
    case yaml(YAMLDocuments)
    case terraform(HCLBody)
    case plist(PlistValue)
    case xml(XMLElementNode)
}
