import ClusterModel

// Temporary stand-ins replaced one by one as the commands land.
enum GetCommand { static func run(_ c: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum DescribeCommand { static func run(_ c: CommandContext, cluster: Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum DeleteCommand { static func run(_ c: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum ScaleCommand { static func run(_ c: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum WaitCommand { static func run(_ c: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum LogsCommand { static func run(_ c: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum ApplyCommand { static func run(_ c: CommandContext, cluster: inout Cluster, create: Bool) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum RolloutCommand {
    static func status(_ c: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") }
    static func restart(_ c: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") }
    static func undo(_ c: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") }
    static func history(_ c: CommandContext, cluster: Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") }
}
enum VersionCommand { static func run(_ c: CommandContext, cluster: Cluster) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum ConfigCommand {
    static func view(_ c: CommandContext) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") }
    static func currentContext(_ c: CommandContext) -> Int32 { 1 }
    static func getContexts(_ c: CommandContext) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") }
}
enum APIResourcesCommand { static func run(_ c: CommandContext) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
enum ClusterInfoCommand { static func run(_ c: CommandContext, cluster: Cluster) -> Int32 { 1 } }
enum ExplainCommand { static func run(_ c: CommandContext) throws(KubectlError) -> Int32 { throw .plain("not yet implemented") } }
