import ClusterModel
import Testing

@testable import Kubectl

@Suite struct ObjectPrinterTests {
    /// Input and output captured from a real kubectl (`label --local -f obj.json --overwrite x=y -o yaml`).
    static let oracleJSON = #"""
{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"t","labels":{"x":"y"},"annotations":{"a1":"true","a2":"y","a3":"1014","a4":"","a5":"2026-11-28T12:13:21Z","a6":"containers with unready status: [nginx]","a7":"line1\nline2\n","a8":"line1\nline2","a9":" lead","b1":"trail ","b2":"1:20","b3":"0x1F","b4":"08","b5":"1e3","b6":"- x","b7":"a #b","b8":"a\tb","b9":"null","c1":"~","c2":"*star","c3":"é ☃ 😀","c4":"a<b>&c \"q\"","c5":"Successfully pulled image \"nginx:latest\" in 1.2s (1.2s including waiting). Image size: 72188133 bytes.","c6":"a: b","c7":"on","c8":"x\n\n","c9":"{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},\"name\":\"nginx-deployment\",\"namespace\":\"default\"},\"spec\":{\"replicas\":1}}\n","d1":"a very long plain string with many words that goes on and on past the eighty column limit of go-yaml so it folds","d2":"'quoted'","d3":"1.5","d4":"+1","d5":"-","d6":"2026-01-02","d7":".5","d8":"a:b","d9":"@x"}},"data":{"item10":"1","item9":"2","aB":"3","a_":"4","a-b":"5","A":"6"},"list":[{"a":1,"b":[]},{}],"n":1.5,"big":1234567.5,"neg":-3,"e":[[1,2],"x"]}
"""#

    static let oracleYAML = #"""
apiVersion: v1
big: 1.2345675e+06
data:
  A: "6"
  a-b: "5"
  a_: "4"
  aB: "3"
  item9: "2"
  item10: "1"
e:
- - 1
  - 2
- x
kind: ConfigMap
list:
- a: 1
  b: []
- {}
metadata:
  annotations:
    a1: "true"
    a2: "y"
    a3: "1014"
    a4: ""
    a5: "2026-11-28T12:13:21Z"
    a6: 'containers with unready status: [nginx]'
    a7: |
      line1
      line2
    a8: |-
      line1
      line2
    a9: ' lead'
    b1: 'trail '
    b2: "1:20"
    b3: "0x1F"
    b4: "08"
    b5: "1e3"
    b6: '- x'
    b7: 'a #b'
    b8: "a\tb"
    b9: "null"
    c1: "~"
    c2: '*star'
    c3: "é ☃ \U0001F600"
    c4: a<b>&c "q"
    c5: 'Successfully pulled image "nginx:latest" in 1.2s (1.2s including waiting).
      Image size: 72188133 bytes.'
    c6: 'a: b'
    c7: "on"
    c8: |+
      x

    c9: |
      {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"nginx-deployment","namespace":"default"},"spec":{"replicas":1}}
    d1: a very long plain string with many words that goes on and on past the eighty
      column limit of go-yaml so it folds
    d2: '''quoted'''
    d3: "1.5"
    d4: "+1"
    d5: '-'
    d6: "2026-01-02"
    d7: ".5"
    d8: a:b
    d9: '@x'
  labels:
    x: "y"
  name: t
"n": 1.5
neg: -3

"""#

    static let podJSON = #"""
{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p1","labels":{"app":"web","x":"y"},"annotations":{"n":"<a&b>"}},"spec":{"containers":[{"name":"a","image":"nginx"},{"name":"b","image":"busybox","ports":[{"containerPort":80}]}]},"status":{"phase":"Running","podIP":null,"conditions":[{"type":"Ready","status":"True"},{"type":"PodScheduled","status":"False"}]}}
"""#

    @Test func yamlMatchesGoYAMLQuotingFoldingBlocksAndKeyOrder() throws {
        let value = try PrintingFixtures.parse(Self.oracleJSON)
        #expect(ObjectPrinter.yaml([value], single: true) == Self.oracleYAML)
    }

    @Test func yamlRoundTripsThroughYams() throws {
        let value = try PrintingFixtures.parse(Self.oracleJSON)
        let text = ObjectPrinter.yaml([value], single: true)
        #expect(try PrintingFixtures.parse(text) == value)
    }

    @Test func listWrapperInJSONAndYAML() {
        #expect(ObjectPrinter.json([], single: false) == """
            {
                "apiVersion": "v1",
                "items": [],
                "kind": "List",
                "metadata": {
                    "resourceVersion": ""
                }
            }

            """)
        #expect(ObjectPrinter.yaml([], single: false) == "apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n")
        let pod: JSONValue = ["kind": "Pod", "apiVersion": "v1", "metadata": ["name": "x", "annotations": ["note": "a<b>&c \"q\" é"]]]
        #expect(ObjectPrinter.json([pod], single: true) == """
            {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {
                    "annotations": {
                        "note": "a\\u003cb\\u003e\\u0026c \\"q\\" é"
                    },
                    "name": "x"
                }
            }

            """)
        #expect(ObjectPrinter.yaml([pod, pod], single: false).hasPrefix("apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    annotations:\n      note: a<b>&c \"q\" é\n"))
    }

    @Test func names() {
        let deployment: JSONValue = ["kind": "Deployment", "apiVersion": "apps/v1", "metadata": ["name": "web"]]
        let slice: JSONValue = ["kind": "EndpointSlice", "apiVersion": "discovery.k8s.io/v1", "metadata": ["name": "web-x7k2p"]]
        #expect(ObjectPrinter.name(deployment) == "deployment.apps/web")
        #expect(ObjectPrinter.names([PrintingFixtures.pod("solo", age: 1), slice]) == "pod/solo\nendpointslice.discovery.k8s.io/web-x7k2p\n")
    }

    @Test func outputFormatFlagValues() throws {
        #expect(try OutputFormat(flagValue: "json") == .json)
        #expect(try OutputFormat(flagValue: "wide") == .wide)
        #expect(try OutputFormat(flagValue: "jsonpath={.x}") == .jsonpath("{.x}"))
        #expect(try OutputFormat(flagValue: "jsonpath='{.x}'") == .jsonpath("{.x}"))
        #expect(try OutputFormat(flagValue: "custom-columns=NAME:.metadata.name") == .customColumns("NAME:.metadata.name"))
        #expect(throws: PrinterError("error: unable to match a printer suitable for the output format \"x\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml")) {
            try OutputFormat(flagValue: "x")
        }
    }

    @Test func jsonpathCasesMatchRealKubectl() throws {
        let pod = try PrintingFixtures.parse(Self.podJSON)
        let cases: [(String, String)] = [
            ("{.metadata.name}", "p1"), ("{.spec.containers[*].name}", "a b"),
            ("{range .spec.containers[*]}{.name}:{.image}{\"\\n\"}{end}", "a:nginx\nb:busybox\n"),
            ("{.status.conditions[?(@.type==\"Ready\")].status}", "True"), ("{.spec.containers[?(@.ports)].name}", "b"),
            ("{.spec.containers[-1].name}", "b"), ("{.spec.containers[0:1].name}", "a"), ("{..image}", "nginx busybox"),
            ("{.metadata.labels}", "{\"app\":\"web\",\"x\":\"y\"}"), ("{.metadata.name}\\n", "p1\\n"), ("{.status.podIP}", "null"),
            ("{.missing}x", "x"), ("{.metadata.annotations}", "{\"n\":\"\\u003ca\\u0026b\\u003e\"}"), ("{.}", ""),
            ("{.spec.containers[*].ports[0].containerPort} {.kind}", "80 Pod"),
        ]
        for (template, expected) in cases {
            #expect(try JSONPath.evaluate(template, on: pod) == expected, "\(template)")
        }
    }

    @Test func jsonpathErrorsAreWordedAsKubectl() throws {
        let pod = try PrintingFixtures.parse(Self.podJSON)
        #expect(throws: PrinterError("error: error parsing jsonpath {.x[}, unterminated array")) { try JSONPath.evaluate("{.x[}", on: pod) }
        do {
            _ = try JSONPath.evaluate("{.spec.containers[5]}", on: pod)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "error: error executing jsonpath \"{.spec.containers[5]}\": Error executing template: array index out of bounds: index 5, length 2. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.containers[5]}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"annotations\":map[string]interface {}{\"n\":\"<a&b>\"}, \"labels\":map[string]interface {}{\"app\":\"web\", \"x\":\"y\"}, \"name\":\"p1\"}, \"spec\":map[string]interface {}{\"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx\", \"name\":\"a\"}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}}}, \"status\":map[string]interface {}{\"conditions\":[]interface {}{map[string]interface {}{\"status\":\"True\", \"type\":\"Ready\"}, map[string]interface {}{\"status\":\"False\", \"type\":\"PodScheduled\"}}, \"phase\":\"Running\", \"podIP\":interface {}(nil)}}\n\n")
        }
    }

    @Test func customColumns() throws {
        let pod = try PrintingFixtures.parse(Self.podJSON)
        #expect(try CustomColumns.render(spec: "NAME:.metadata.name,LABELS:.metadata.labels,C:.spec.containers[*].name,IP:.status.podIP,M:{.missing}", objects: [pod]) ==
            "NAME   LABELS             C     IP      M\np1     map[app:web x:y]   a,b   <nil>   <none>\n")
        #expect(throws: PrinterError("error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>")) {
            try CustomColumns.render(spec: "NAME", objects: [pod])
        }
    }
}
