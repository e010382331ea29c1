// swift-tools-version: 6.0
// annotd: annotates the claims in prose. No package dependencies by design: Foundation, Dispatch and the
// toolchain's test libraries only.
import PackageDescription

let package = Package(
    name: "annotd",
    products: [
        .executable(name: "annotd", targets: ["annotd"]),
        .library(name: "AnnotationCore", targets: ["AnnotationCore"]),
        .library(name: "AnnotationProtocol", targets: ["AnnotationProtocol"]),
    ],
    targets: [
        .target(name: "AnnotationCore"),
        .target(name: "AnnotationProtocol"),
        .executableTarget(name: "annotd", dependencies: ["AnnotationCore", "AnnotationProtocol"]),
        .testTarget(name: "AnnotationCoreTests", dependencies: ["AnnotationCore"]),
        .testTarget(name: "AnnotationProtocolTests", dependencies: ["AnnotationProtocol"]),
        .testTarget(name: "annotdTests", dependencies: ["annotd", "AnnotationCore", "AnnotationProtocol"]),
    ],
    swiftLanguageModes: [.v6]
)
