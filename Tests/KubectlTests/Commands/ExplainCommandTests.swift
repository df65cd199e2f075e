import ClusterModel
import Testing

@testable import Kubectl

/// `kubectl explain` reads the API schema: every field of every served kind, with types and required markers.
@Suite struct ExplainCommandTests {
    @Test func aFieldWithoutDescriptionsShowsItsStructure() {
        let session = KubectlSession()
        let output = session.run("explain rs.spec")
        #expect(output.exitCode == 0)
        #expect(
            output.stdout == """
                GROUP:      apps
                KIND:       ReplicaSet
                VERSION:    v1

                FIELD: spec <ReplicaSetSpec>


                DESCRIPTION:
                    <empty>
                    
                FIELDS:
                  minReadySeconds\t<integer>

                  replicas\t<integer>

                  selector\t<LabelSelector> -required-

                  template\t<PodTemplateSpec>


                """)
    }

    @Test func theReadinessProbeIsExplained() {
        let session = KubectlSession()
        let output = session.run("explain pod.spec.containers.readinessProbe")
        #expect(output.stdout.hasPrefix("KIND:       Pod\nVERSION:    v1\n\nFIELD: readinessProbe <Probe>\n\n\nDESCRIPTION:\n    How the kubelet checks"))
        #expect(output.stdout.contains("  httpGet\t<HTTPGetAction>\n    Sends an HTTP GET request to the container;"))
        #expect(session.run("explain pod.spec.containers.readinessProbe.httpGet.port").stdout.contains("FIELD: port <IntOrString>\n"))
    }

    @Test func typesAreNamedAsKubectlNamesThem() {
        let session = KubectlSession()
        #expect(session.run("explain pod.spec.containers.resources.limits").stdout.contains("FIELD: limits <map[string]Quantity>\n"))
        #expect(session.run("explain pod.metadata.creationTimestamp").stdout.contains("FIELD: creationTimestamp <string>\n"))
        #expect(session.run("explain pod.spec.nodeSelector").stdout.contains("FIELD: nodeSelector <map[string]string>\n"))
        #expect(session.run("explain svc.spec.ports").stdout.contains("  port\t<integer> -required-\n"))
        #expect(session.run("explain ns").exitCode == 0)
    }

    @Test func recursiveListsNestedFieldsOnce() {
        let session = KubectlSession()
        let output = session.run("explain deployment.spec.strategy --recursive").stdout
        #expect(output.hasSuffix("FIELDS:\n  rollingUpdate\t<RollingUpdateDeployment>\n    maxSurge\t<IntOrString>\n    maxUnavailable\t<IntOrString>\n  type\t<string>\n"))
    }
}

extension ExplainCommandTests {
    @Test func aMissingFieldIsNamedByThePathsLastElementAfterTheHeader() {
        let session = KubectlSession()
        let output = session.run("explain pod.spec.foo.bar")
        #expect(output.stdout == "KIND:       Pod\nVERSION:    v1\n\n")
        #expect(output.stderr == "error: field \"bar\" does not exist\n")
        #expect(output.exitCode == 1)
    }
}
