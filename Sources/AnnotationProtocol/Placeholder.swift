/// JSON-RPC 2.0 framing and LSP 3.17 message types land here.
public enum AnnotationProtocolInfo {
    public static let lspVersion = "3.17"
}
