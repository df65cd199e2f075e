import ClusterModel
import Kubectl
import Testing

@Suite struct ParserTests {
    func parse(_ line: String) throws(KubectlError) -> KubectlCommand {
        try Kubectl.parse((try? ShellWords.split(line)) ?? [])
    }

    func error(_ line: String) -> String? {
        do {
            _ = try parse(line)
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: ["get pods -o json", "get pods -ojson", "get pods --output=json", "get pods --output json", "get -o json pods",
                      "get po -o=json", "get pod -o json", "get pods.v1 --output=json", "get -n default pods -o json"])
    func outputSpellingsAreEqual(_ line: String) throws {
        let canonical = try parse("get pods -o json")
        #expect(try parse(line) == canonical)
        #expect(canonical.output == "json")
        #expect(canonical.resources == [.pods])
        #expect(canonical.namespace == nil)
    }

    @Test func boolFlagForms() throws {
        #expect(try parse("get pods -w").flags["watch"] == "true")
        #expect(try parse("get pods --watch").flags["watch"] == "true")
        #expect(try parse("get pods --watch=true").flags["watch"] == "true")
        #expect(try parse("get pods --watch=false").flags["watch"] == nil)
        #expect(try parse("get pods --watch=0") == parse("get pods"))
        #expect(try parse("delete pod x --wait=false").flags["wait"] == "false")
        #expect(try parse("delete pod x --wait").flags["wait"] == nil)
        let combined = try parse("get pods -wA")
        #expect(combined.flags["watch"] == "true")
        #expect(combined.allNamespaces)
    }

    @Test func boolFlagDoesNotConsumeTheNextWord() throws {
        let command = try parse("get --watch pods")
        #expect(command.resources == [.pods])
        #expect(command.flags["watch"] == "true")
    }

    @Test func namespaceAndSelectorForms() throws {
        let expected = try parse("get pods -n kube-system -l app=web")
        #expect(expected.namespace == "kube-system")
        #expect(expected.selector == "app=web")
        #expect(try parse("get pods --namespace=kube-system --selector app=web") == expected)
        #expect(try parse("get pods --namespace kube-system --selector=app=web") == expected)
        #expect(try parse("-n kube-system get pods -lapp=web") == expected)
        #expect(try parse("get pods -n default").namespace == nil)
        #expect(try parse("get pods -l 'b=2, a in (x,y)'").selector == "a in (x,y),b=2")
    }

    @Test func resourceArgumentForms() throws {
        let named = try parse("get pod web")
        #expect(named.resources == [.pods])
        #expect(named.names == ["web"])
        #expect(named.objects == [ObjectReference(resource: .pods, name: "web")])
        #expect(try parse("get pod/web") == named)
        #expect(try parse("get pods/web") == named)
        #expect(try parse("get po web") == named)

        let several = try parse("get pods,svc,deploy")
        #expect(several.resources == [.pods, .services, .deployments])
        let all = try parse("get all")
        #expect(all.resources == [.pods, .services, .daemonSets, .deployments, .replicaSets, .statefulSets, .cronJobs, .jobs])
        let mixed = try parse("get pod/a svc/b")
        #expect(mixed.objects == [ObjectReference(resource: .pods, name: "a"), ObjectReference(resource: .services, name: "b")])
        #expect(try parse("get endpointslice.discovery.k8s.io").resources == [.endpointSlices])
        #expect(try parse("get ep").resources == [.endpoints])
    }

    @Test func doubleDashEndsFlags() throws {
        let command = try parse("get -- pods -w")
        #expect(command.resources == [.pods])
        #expect(command.names == ["-w"])
        #expect(command.flags["watch"] == nil)
    }

    @Test func otherFlagsAreNormalized() throws {
        let command = try parse("get pods --no-headers --show-labels -L app,tier --sort-by=.metadata.name --output-watch-events --watch-only")
        #expect(command.flags == ["no-headers": "true", "show-labels": "true", "label-columns": "app,tier", "sort-by": ".metadata.name",
                                  "output-watch-events": "true", "watch-only": "true"])
        #expect(try parse("get pods -L app -L tier").flags["label-columns"] == "app,tier")
        #expect(try parse("delete pod x --grace-period=-1").flags["grace-period"] == nil)
        #expect(try parse("delete pod x --grace-period 5").flags["grace-period"] == "5")
        #expect(try parse("delete pod x --timeout=60s") == parse("delete pod x --timeout=1m"))
        #expect(try parse("delete pod x --timeout=1m").flags["timeout"] == "1m0s")
        #expect(try parse("apply -f a.yaml -f b.yaml").filenames == ["a.yaml", "b.yaml"])
        #expect(try parse("apply --filename=a.yaml").filenames == ["a.yaml"])
        #expect(try parse("scale deploy/web --replicas=0").flags["replicas"] == "0")
    }

    @Test func subcommands() throws {
        let status = try parse("rollout status deployment/web")
        #expect(status.verb == "rollout")
        #expect(status.subverb == "status")
        #expect(status.objects == [ObjectReference(resource: .deployments, name: "web")])
        #expect(try parse("rollout status deploy web") == status)
        #expect(try parse("config view").subverb == "view")
        #expect(try parse("rollout").wantsHelp)
        #expect(try parse("explain pod.spec.terminationGracePeriodSeconds").arguments == ["pod.spec.terminationGracePeriodSeconds"])
        let logs = try parse("logs web-1 -c nginx -f")
        #expect(logs.objects == [ObjectReference(resource: .pods, name: "web-1")])
        #expect(logs.flags == ["container": "nginx", "follow": "true"])
    }

    @Test func helpFlags() throws {
        #expect(try parse("get --help").wantsHelp)
        #expect(try parse("get pods -h").wantsHelp)
        #expect(try parse("").wantsHelp)
        #expect(try parse("--help").verb == "")
    }

    @Test func flagErrorsUseCobraWording() {
        #expect(error("get pods --x") == "error: unknown flag: --x\nSee 'kubectl get --help' for usage.\n")
        #expect(error("get pods -z") == "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n")
        #expect(error("get pods -wz") == "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n")
        #expect(error("get pods --output") == "error: flag needs an argument: --output\nSee 'kubectl get --help' for usage.\n")
        #expect(error("get pods -o") == "error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n")
        #expect(error("get pods --watch=maybe") == "error: invalid argument \"maybe\" for \"-w, --watch\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax\nSee 'kubectl get --help' for usage.\n")
        #expect(error("delete pod x --grace-period=soon") == "error: invalid argument \"soon\" for \"--grace-period\" flag: strconv.ParseInt: parsing \"soon\": invalid syntax\nSee 'kubectl delete --help' for usage.\n")
        #expect(error("delete pod x --timeout=5") == "error: invalid argument \"5\" for \"--timeout\" flag: time: missing unit in duration \"5\"\nSee 'kubectl delete --help' for usage.\n")
        #expect(error("rollout status deploy/x --bogus") == "error: unknown flag: --bogus\nSee 'kubectl rollout status --help' for usage.\n")
    }

    @Test func argumentErrors() {
        #expect(error("get foo") == "error: the server doesn't have a resource type \"foo\"\n")
        #expect(error("get pods,foo") == "error: the server doesn't have a resource type \"foo\"\n")
        #expect(error("get foo/x") == "error: the server doesn't have a resource type \"foo\"\n")
        #expect(error("get pod/") == "error: arguments in resource/name form must have a single resource and name\n")
        #expect(error("get pods pod/x")?.hasPrefix("error: there is no need to specify a resource type as a separate argument") == true)
    }

    @Test func unknownCommandsSuggestLikeCobra() {
        #expect(error("gett pods") == "error: unknown command \"gett\" for \"kubectl\"\n\nDid you mean this?\n\tget\n\tset\n")
        #expect(error("describ pod") == "error: unknown command \"describ\" for \"kubectl\"\n\nDid you mean this?\n\tdescribe\n")
        #expect(error("zzzzzz") == "error: unknown command \"zzzzzz\" for \"kubectl\"\n")
        #expect(error("rollout stat deploy/x") == "error: unknown command \"stat\" for \"kubectl rollout\"\n\nDid you mean this?\n\tstatus\n")
    }

    @Test func unsupportedCommandsSaySo() {
        #expect(error("attach -it web") == "error: \"kubectl attach\" is not supported by this simulated cluster (k8s-tutor has no real containers, nodes or network).\n")
        #expect(error("port-forward svc/web 8080:80")?.contains("not supported") == true)
    }
}
