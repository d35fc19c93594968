// 简体中文：按中文 Go 工程师的习惯写（调度器、本地运行队列、全局运行队列、工作窃取、系统调用、
// 抢占、栈扩容、内存分配器、三色标记、写屏障、垃圾回收），不是逐词翻译。Go 的标识符（runnext、
// G7、P0、runtime.newproc、mcache、noscan）保持原样；中文与英文、数字之间留一个空格，标点用全角。
// 等待原因先用中文说明，括号里保留 Go 自己打印的原文（traceback 里看到的就是它）。
#include "sim/i18n/catalog_table.h"

namespace gosim::i18n {
namespace {

using M = Msg;

constexpr Table kZhCN = {{
    // 调度。
    {M::kGoCreateMarkWorker, "gcStart -> gcBgMarkStartWorkers：{g}（{fn}）是为一个 P 服务的后台标记 worker；它一创建就 "
                             "park，直到 GC 需要它（gosim 直接在各个 P 上完成这些 worker 的标记工作）"},
    {M::kGoCreateFirst, "{g}（{fn}）被创建，放入 {p} 的 runnext"},
    {M::kGoCreateBy, "{parent} 创建了 {g}（{fn}），把它放入 {p} 的 runnext"},
    {M::kKickedToLocal, "；原先占着 runnext 的 {kicked} 被挤到本地运行队列的队尾"},
    {M::kGoStart, "{p} 开始运行 {g}，取自{source}{tick}"},
    {M::kSchedtickSuffix, "；schedtick 现在是 {schedtick}"},
    {M::kSourceRunnext, "它的 runnext 槽位（沿用当前时间片）"},
    {M::kSourceLocal, "本地运行队列的队首"},
    {M::kSourceGlobal, "全局运行队列"},
    {M::kSourceStolen, "另一个 P 的运行队列（工作窃取）"},
    {M::kSourceNetpoll, "网络轮询器（netpoller）"},
    {M::kGoParkMarkWorker, "{g} 挂起 [GC worker (idle)]：gcBgMarkWorker 等着被 findRunnableGCWorker 选中"},
    {M::kGoPark, "{g} 阻塞：{reason}；{p} 去找别的 goroutine 来运行"},
    {M::kGoReadySelf, "{g} 重新变为可运行，放入 {p} 的 runnext"},
    {M::kGoReadyBy, "{readier} 唤醒了 {g}，把它放入 {p} 的 runnext"},
    {M::kGoSchedYieldMutex, "{g} 把互斥锁直接交给第一个等待者，并把 CPU 让给它（goyield）：{g} 排到 {p} "
                            "本地运行队列的队尾"},
    {M::kGoSched, "{g} 主动让出 CPU（runtime.Gosched），排到全局运行队列的队尾"},
    {M::kGoExit, "{g} 的函数已经返回，goroutine 进入 dead 状态；它的 G 结构留着以后复用"},
    {M::kRunqOverflow, "{p} 的本地运行队列满了：把 {moved} 个 goroutine（队列的一半，再加上 {g}）挪到全局运行队列，"
                       "全局运行队列现在有 {global} 个"},
    {M::kGlobalRunqGetFairness, "{p} 查看全局运行队列（每调度 61 次查看一次，免得全局队列里的 goroutine 饿死），"
                                "取出 {g}"},
    {M::kGlobalRunqGet, "{p} 从全局运行队列取出 {taken} 个 goroutine（先运行 {g}）；全局运行队列还剩 {left} 个"},
    {M::kStealRunnext, "{p} 从 {victim} 的 runnext 槽位窃取了 {g}"},
    {M::kSteal, "{p} 从 {victim} 窃取了 {count} 个 goroutine，并运行 {g}"},
    {M::kProcIdle, "{p} 找不到可做的工作：它进入空闲 P 列表，它的 {m} 休眠"},
    {M::kProcWakeNewM, "空闲的 P 得到一个线程：新建 {m} 来运行 {p} 并寻找工作"},
    {M::kProcWakeIdleM, "空闲的 P 得到一个线程：唤醒 {m} 来运行 {p} 并寻找工作"},
    {M::kSemAcquireHandoff, "{g} 由释放者直接交接，拿到了 {addr:#x} 处的信号量（饥饿模式：谁也不能插队）；"
                            "还剩 {count}"},
    {M::kSemAcquireAfterWait, "{g} 等待之后拿到了 {addr:#x} 处的信号量：一次释放唤醒了它，计数由它自己取走"
                              "（还剩 {count}）"},
    {M::kSemAcquireNoWait, "{g} 不用等待就拿到了 {addr:#x} 处的信号量（还剩 {count}）"},
    {M::kSemReleaseWake, "{g} 释放了 {addr:#x} 处的信号量：{woken} 正在等它，于是 semrelease 唤醒 {woken}"
                         "（计数 {count}）"},
    {M::kSemRelease, "{g} 释放了 {addr:#x} 处的信号量；没有等待者，计数为 {count}"},
    {M::kTimerFireAfter, "一个 time.After 定时器到期{late}：runtime.sendTime 把当前时间发送到它的 channel 上"},
    {M::kTimerFireSleep, "{g} 的定时器到期{late}：它的 time.Sleep 结束了"},
    {M::kLateSuffix, "（晚了 {late}）"},
    {M::kPreempt, "{g} 按 sysmon 的要求在安全点停下，排到全局运行队列的队尾"},
    {M::kSysmonPreemptAsync, "sysmon：{g} 已经在 {p} 上连续运行了 {ran}，其间没有发生调度；要求它停下"
                             "（异步抢占：在下一个安全点停下）"},
    {M::kSysmonPreemptSync, "sysmon：{g} 已经在 {p} 上连续运行了 {ran}，其间没有发生调度；要求它停下"
                            "（异步抢占已关闭：要等到下一次函数调用才停下）"},
    {M::kRetake, "sysmon 从 {m} 手里收回 {p}（该 M 阻塞在系统调用里已有 {dur}）：如果还有工作要做，handoffp "
                 "会把这个 P 交给另一个 M"},
    {M::kChanSendDirect, "{g} 向 channel {chan:#x} 发送：{peer} 正在等待接收，值直接交给它"},
    {M::kChanSendBuffer, "{g} 向 channel {chan:#x} 发送：值放进缓冲区"},
    {M::kChanSendBlock, "{g} 向 channel {chan:#x} 发送：没有接收者，缓冲区也没有空位，于是它进入 channel 的 sendq 等待"},
    {M::kChanSendNotReady, "{g} 尝试向 channel {chan:#x} 发送，但没有一方就绪"},
    {M::kChanRecvDirect, "{g} 从 channel {chan:#x} 接收，直接取自正在等待发送的 {peer}"},
    {M::kChanRecvBuffer, "{g} 从 channel {chan:#x} 的缓冲区接收"},
    {M::kChanRecvBufferRefill, "{g} 从 channel {chan:#x} 缓冲区的队首接收；等待中的发送者 {peer} 的值随即移入缓冲区"},
    {M::kChanRecvBlock, "{g} 从 channel {chan:#x} 接收：没有可取的值，于是它进入 channel 的 recvq 等待"},
    {M::kChanRecvClosed, "{g} 从已关闭且已空的 channel {chan:#x} 接收：得到零值，ok=false"},
    {M::kChanRecvNotReady, "{g} 尝试从 channel {chan:#x} 接收，但没有可取的值"},
    {M::kChanClose, "{g} 关闭 channel {chan:#x}；{woken} 个正在等待的 goroutine 被唤醒"},
    {M::kSelectDefault, "{g} 的 select：没有就绪的 case，于是执行 default 分支"},
    {M::kSelectBlock, "{g} 的 select：没有就绪的 case；它同时在全部 {cases} 个 case 上等待"},
    {M::kSelectCase, "{g} 的 select 选中 case {case}（按随机的轮询顺序找到的第一个就绪 case）"},
    {M::kNetCallPark, "{g} 在 fd {fd} 上调用 {op}：尚未就绪，于是它挂起 [IO wait]，挂在该 fd 的 pollDesc 上"
                      "（它的线程空出来运行别的 goroutine）"},
    {M::kNetCallFail, "{g} 调用 {op}：调用失败"},
    {M::kNetCallDial, "{g} 调用 net.Dial：fd {fd} 开始建立连接；它挂起 [IO wait]，直到连接建立"},
    {M::kNetCallDone, "{g} 调用 {op}（fd {fd}），立即完成"},
    {M::kNetReady, "网络在 fd {fd} 上送来{what}{waiter}"},
    {M::kNetWhatData, "数据"},
    {M::kNetWhatEOF, "文件结束（EOF）"},
    {M::kNetWhatConn, "一个新连接"},
    {M::kNetReadyWaiterSuffix, "：挂在上面的 goroutine 已就绪，等下一次 netpoll 把它取走"},
    {M::kNetpollSysmon, "sysmon 轮询网络（已经 10ms 没人轮询了）：{found} 个 goroutine 进入全局运行队列"},
    {M::kNetpoll, "{p} 轮询网络（netpoll），找到 {found} 个就绪的 goroutine"},
    {M::kSyscallEnter, "{g} 进入阻塞的系统调用（{dur}）；{m} 随它一起阻塞，{p} 留在 _Psyscall 状态，没有 M"},
    {M::kSyscallExitFast, "{g} 的系统调用返回；{m} 立刻拿回 {p}（快速路径）"},
    {M::kSyscallExitIdleP, "{g} 的系统调用返回；原来的 P 已被拿走，于是 {m} 取一个空闲的 {p}"},
    {M::kSyscallExitNoP, "{g} 的系统调用返回，但没有空闲的 P：{g} 进入全局运行队列等待，{m} 休眠"},
    {M::kWriteByG, "{g} 向 {stream} 写入 “{text}”"},
    {M::kWriteByRuntime, "runtime 向 {stream} 写入 “{text}”"},
    {M::kProgramExit, "程序退出，退出状态为 {code}"},
    {M::kFatal, "fatal error：程序终止，退出状态为 {code}"},
    {M::kDeadlock, "所有 goroutine 都阻塞了，没有谁能唤醒它们：死锁（{waiting} 个在等待）"},
    {M::kLimit, "gosim 停止了运行：达到上限 {limit}（{value}）"},
    {M::kStwGcSweepTerm, "{g} 为 GC 的清扫终止阶段（sweep termination）暂停整个程序（STW，停顿 {us} µs）："
                         "所有正在运行的 goroutine 都在下一个安全点停下，直到程序恢复运行"},
    {M::kStwGcMarkTerm, "{g} 为 GC 的标记终止阶段（mark termination）暂停整个程序（STW，停顿 {us} µs）："
                        "所有正在运行的 goroutine 都在下一个安全点停下，直到程序恢复运行"},
    {M::kStwGcStwMark, "{g} 在整个标记阶段都让程序保持暂停（假设情形 gc_stw：没有并发标记，停顿 {us} µs）："
                       "在这次回收结束之前，没有任何 goroutine 运行"},
    {M::kStwGomaxprocs, "{g} 为修改 GOMAXPROCS 暂停整个程序（STW）：其他 P 全部停下，它们正在运行的 goroutine "
                        "进入全局运行队列，它们的 M 休眠"},
    {M::kProcResizeCreate, "procresize：创建 {p}，处于空闲状态"},
    {M::kProcResizeDestroy, "procresize：销毁 {p}；它的 {moved} 个可运行的 goroutine 移到全局运行队列的队首，"
                            "{timers} 个定时器交给调用者的 P"},
    {M::kProcResizeDone, "procresize：GOMAXPROCS 从 {old} 变为 {new}；{g} 继续在 {p} 上运行，其他 P 要么空闲，"
                         "要么为队列里的工作拿到一个 M"},
    {M::kHeapEventByG, "{g}：{text}"},
    // 函数调用、返回与寄存器 ABI。
    {M::kCallFirst, "{g} 从 {fn} 开始运行：它的第一个栈帧是 [{lo:#x}, {hi:#x})"},
    {M::kCallNested, "{g} 调用 {fn}（它栈上的第 {depth} 层栈帧）：新栈帧 [{lo:#x}, {hi:#x}) 位于调用者栈帧的下方"},
    {M::kCallLayout, "，按 gosim 解释器的布局共 {bytes} 字节（所有值都放在内存里）"},
    {M::kCallAbi, "；真实的 Go {abi}"},
    {M::kReturnLast, "{fn} 返回：它是 {g} 的第一个函数，所以这个 goroutine 结束了"},
    {M::kReturnToCaller, "{fn} 返回到 {g} 中的 {caller}：{sp:#x} 处的栈帧被弹出（SP 回升），返回值已放在调用者的"
                         "栈帧里"},
    {M::kAbiNoArgs, "不传参数"},
    {M::kAbiPasses, "传参：{list}"},
    {M::kAbiClosure, "（闭包上下文放在 RDX）"},
    {M::kAbiReturns, "，返回：{list}"},
    {M::kAbiSizes, "；args={args:#x}，栈帧约 {frame:#x} 字节（gosim frames 可查看完整布局）"},
    {M::kAbiOnStack, "{name} {type} 放在栈上"},
    {M::kAbiZeroSize, "{name} {type}（大小为 0）"},
    {M::kAbiInRegs, "{name} {type} 放在 {regs}"},
    {M::kAbiListSep, "、"},
    // goroutine 栈。
    {M::kSpAbove, "上方 {n} 字节处"},
    {M::kSpBelow, "下方 {n} 字节处"},
    {M::kSmallFrameWants, "小栈帧要求 SP 高于保护线"},
    {M::kLargeFrameWants, "这个栈帧要求 SP 比保护线高出 {n} 字节以上"},
    {M::kMorestack, "{g} 调用 {fn}（栈帧 {size} 字节）：SP {sp:#x} 位于栈保护线 {guard:#x}（stack.lo + 928）"
                    "{where}，而{want}，所以函数序言的栈检查失败，调用 morestack -> newstack 进行栈扩容"},
    {M::kCopyStackGrows, "{g} 的栈扩容：从 [{old_lo:#x}, {old_hi:#x})（{old_kib} KiB）搬到 [{new_lo:#x}, "
                         "{new_hi:#x})（{new_kib} KiB）：复制了正在使用的 {copied} 字节，调整了 {adjusted} "
                         "个指向旧栈的指针；接下来释放旧栈"},
    {M::kCopyStackShrinks, "{g} 的栈收缩：从 [{old_lo:#x}, {old_hi:#x})（{old_kib} KiB）搬到 [{new_lo:#x}, "
                           "{new_hi:#x})（{new_kib} KiB）：复制了正在使用的 {copied} 字节，调整了 {adjusted} "
                           "个指向旧栈的指针；接下来释放旧栈"},
    // 内存分配器。
    {M::kClassLarge, "span class {spc}（大对象，{scan}）"},
    {M::kClassSized, "span class {spc}（size class {sc}：{size} 字节的对象，{scan}）"},
    {M::kCacheFromSwept, "一个已清扫、还有空闲槽位的 span"},
    {M::kCacheFromJustSwept, "一个它刚清扫完、还有空闲槽位的 span"},
    {M::kCacheFromFullSwept, "一个原本已满、清扫刚刚腾出槽位的 span"},
    {M::kCacheFromFresh, "一个向 mheap 扩充得来的全新 span"},
    {M::kStackFromCache, "本 P 的栈缓存"},
    {M::kStackFromPool, "全局栈池"},
    {M::kStackFromLargeFree, "大栈空闲链表"},
    {M::kStackFromMheap, "堆（mheap）"},
    {M::kServedByMcache, "P 的 mcache（快速路径）"},
    {M::kServedByMcentral, "mcentral（mcache refill 之后）"},
    {M::kServedByMheap, "mheap（mcentral 不得不扩充）"},
    {M::kMallocZero, "new 一个 0 字节的对象，返回 &runtime.zerobase（{addr:#x}）：不分配任何内存"},
    {M::kMallocTiny, "{size} 字节的无指针数据放进 P 当前的 16 字节 tiny 块，地址 {addr:#x}"},
    {M::kMallocLarge, "{size} 字节超过 32 KiB：作为大对象独占一个 {pages} 页的 span，地址 {addr:#x}"},
    {M::kMallocTinyNewBlock, "{size} 字节的无指针数据开启一个新的 16 字节 tiny 块，地址 {addr:#x}"
                             "（span class {spc}），由 {by}提供"},
    {M::kMallocSized, "{size} 字节 -> size class {sc}（{objsize} 字节的对象）-> span class {spc}（{scan}）-> "
                      "{addr:#x}，由 {by}提供"},
    {M::kMcacheRefillFull, "{p} 用于 {class}的 span（{span:#x}）已经没有空闲槽位：mcache.refill 把它还给 mcentral，"
                           "再要一个有空位的"},
    {M::kMcacheRefillNone, "{p} 还没有 {class}的 span：mcache.refill 向 mcentral 要一个"},
    {M::kCacheSpan, "{class}的 mcentral 给出{from}（{span:#x}）；它现在是 {p} 在这个 class 上的 span"},
    {M::kMcentralGrow, "{class}的 mcentral 没有还有空位的 span：它向 mheap 申请 {pages} 个新页来扩充"},
    {M::kMheapAllocStack, "mheap 在 {base:#x} 分配出 {pages} 页，用作栈{cache}"},
    {M::kMheapAllocSpan, "mheap 在 {base:#x} 分配出 {pages} 页，用作堆上的 span{cache}"},
    {M::kPageCacheSuffix, "，取自 P 的 64 页页缓存"},
    {M::kHeapGrow, "堆在 {base:#x} 新增 {kib} KiB 的 arena 空间；HeapSys 现在是 {sys_kib} KiB"},
    {M::kMheapFreeStack, "{base:#x} 处的栈 span（{pages} 页）归还给 mheap，成为空闲页"},
    {M::kMheapFreeSpan, "{base:#x} 处的 span（{pages} 页）归还给 mheap，成为空闲页"},
    {M::kSweepSpan, "清扫 {span:#x} 处的 span：{freed} 个未标记的对象变成空闲槽位，{live} 个留下"},
    {M::kMcacheRelease, "{p} 把缓存的 {spans} 个 span 还给各个 mcentral，并丢掉它的 tiny 块"},
    {M::kStackAlloc, "从{from}分配一个 {kib} KiB 的 goroutine 栈，地址 {addr:#x}"},
    {M::kStackFree, "{addr:#x} 处 {kib} KiB 的栈归还给{to}"},
    {M::kMallocWhySuffix, "；这次分配来自 {why}"},
    {M::kWhyConvTSmall, "runtime.convT16/32/64：值不小于 256，没法指向 staticuint64s 里现成的数"},
    {M::kWhyConvTstring, "runtime.convTstring：接口逃逸了，非空字符串的字符串头被复制到堆上"},
    {M::kWhyConvTslice, "runtime.convTslice：接口逃逸了，非 nil 切片的切片头被复制到堆上"},
    {M::kWhyConvT, "runtime.convT：接口逃逸了，值被复制到堆上"},
    {M::kWhyConvTnoptr, "runtime.convTnoptr：接口逃逸了（或者值超过 1024 字节），不含指针的值被复制到堆上"},
    {M::kWhyMakemap, "runtime.makemap：map 逃逸了，48 字节的 hmap 头分配在堆上（不逃逸的 map 把它放在栈帧里）"},
    {M::kWhyMapBucket, "runtime.mapassign：创建时没有桶的 map 第一次插入，分配它唯一的一个桶"},
    {M::kWhyMakeBucketArray, "runtime.makeBucketArray：map 的桶数组（2^B 个桶，B ≥ 4 时另带预分配的溢出桶）"},
    {M::kWhyNewoverflow, "runtime.(*hmap).newoverflow：键所在的桶和它的溢出链都满了，也没有预分配的溢出桶可用"},
    {M::kWhyMapextra, "runtime.mapextra：map 的可选字段（预分配的溢出桶或溢出桶列表需要它）"},
    {M::kWhyMapOverflowList, "runtime.(*hmap).createOverflow：桶里没有指针（noscan），由 mapextra 里的一个切片替垃圾回收器保活溢出桶"},
    {M::kWhyMapIndirect, "runtime.mapassign：超过 128 字节的键或值单独分配一个对象，桶里只存指针"},
    {M::kWhyPoolAllPools, "sync.(*Pool).pinSlow：程序启动或上一次 GC 之后第一次使用 fmt 的打印器池，把它登记到 allPools"},
    {M::kWhyPoolLocal, "sync.(*Pool).pinSlow：池的每个 P 一项的数组（[]poolLocal，每个 P 128 字节），每次 GC 都会清空"},
    {M::kWhyFmtPrinter, "fmt.newPrinter：打印器池（ppFree）是空的，sync.Pool 的 New 分配一个 pp（只经过一次 GC 时仍可从 victim 缓存取回）"},
    {M::kWhyFmtBuffer, "fmt：打印器的缓冲区要容纳比以往更长的输出，通过 append 扩容；之后会被复用"},
    // 垃圾回收器。
    {M::kPhaseOff, "off（未在回收）"},
    {M::kPhaseSweepTerm, "sweep termination（清扫终止）"},
    {M::kPhaseMark, "mark（标记）"},
    {M::kPhaseMarkTerm, "mark termination（标记终止）"},
    {M::kPhaseSweep, "sweep（清扫）"},
    {M::kGcPhase, "第 {cycle} 轮 GC：{from}-> {to}"},
    {M::kRootStack, "第 {goid} 号 goroutine 的栈"},
    {M::kRootGlobals, "全局变量"},
    {M::kRootOther, "一个 runtime 内部的根"},
    {M::kGcMarkRoot, "markroot：扫描{root}：它指向的 {greyed} 个白色对象接下来变灰"},
    {M::kGcScanObject, "scanobject：扫描 {addr:#x} 处 {size} 字节的对象，它变黑；它指向的 {greyed} 个白色对象"
                       "接下来变灰"},
    {M::kShadeByRoot, "根"},
    {M::kShadeByScan, "一个已扫描的对象"},
    {M::kShadeByBarrierOld, "写屏障（被覆盖的旧指针）"},
    {M::kShadeByBarrierNew, "写屏障（新写入的指针，栈仍是灰色）"},
    {M::kShadeTurnsBlack, "被标记并立即变黑（它不含指针，没有什么要扫描）"},
    {M::kShadeTurnsGrey, "变灰"},
    {M::kGcShadeAt, "greyobject：{addr:#x} {turns}，它是由{why}在 {from:#x} 处发现的"},
    {M::kGcShade, "greyobject：{addr:#x} {turns}，它是由{why}发现的"},
    {M::kGcWriteBarrier, "写屏障：一个指针槽即将从 {old:#x} 改为 {new:#x}；先给 {shaded} 个对象着色"},
    {M::kGcAssist, "gcAssistAlloc：这个 goroutine 欠下了分配债务，继续分配之前必须先协助标记：{work} 字节的扫描工作"
                   "（至少 64 KiB，即 gcOverAssistWork），折合 {credit} 字节的分配额度；其中 {stolen} 字节取自后台 "
                   "worker 积攒的额度，{own} 字节由它自己完成"},
    {M::kGcPacer, "pacer：堆增长到 {trigger} 字节时开始下一轮 GC，目标 {goal} 字节（本轮标记了 {marked} 字节）"},
    {M::kGcMarkWorkWorker, "{p} 的{mode}标记 worker 标记了 {time}：{work} 字节的扫描工作（gcDrain）"},
    {M::kGcMarkWorkAssist, "{g} 的辅助标记用了 {time}：{work} 字节的扫描工作（gcDrainN），之后它的分配继续进行"},
    {M::kMarkModeDedicated, "专用模式（dedicated）"},
    {M::kMarkModeFractional, "分时模式（fractional）"},
    {M::kMarkModeIdle, "空闲模式（idle）"},
    // 等待原因：中文说明，括号里是 Go 的 waitReasonStrings 原文。
    {M::kWaitZero, "未注明原因"},
    {M::kWaitGCAssistMarking, "GC 辅助标记（GC assist marking）"},
    {M::kWaitIOWait, "等待 I/O（IO wait）"},
    {M::kWaitChanReceiveNilChan, "从 nil channel 接收，永远等下去（chan receive (nil chan)）"},
    {M::kWaitChanSendNilChan, "向 nil channel 发送，永远等下去（chan send (nil chan)）"},
    {M::kWaitDumpingHeap, "正在转储堆（dumping heap）"},
    {M::kWaitGarbageCollection, "垃圾回收（garbage collection）"},
    {M::kWaitGarbageCollectionScan, "垃圾回收扫描（garbage collection scan）"},
    {M::kWaitPanicWait, "等待 panic 处理完（panicwait）"},
    {M::kWaitSelect, "在 select 中等待（select）"},
    {M::kWaitSelectNoCases, "没有 case 的 select，永远等下去（select (no cases)）"},
    {M::kWaitGCAssistWait, "等待 GC 辅助（GC assist wait）"},
    {M::kWaitGCSweepWait, "等待 GC 清扫（GC sweep wait）"},
    {M::kWaitGCScavengeWait, "等待归还内存（GC scavenge wait）"},
    {M::kWaitChanReceive, "等待从 channel 接收（chan receive）"},
    {M::kWaitChanSend, "等待向 channel 发送（chan send）"},
    {M::kWaitFinalizerWait, "等待 finalizer（finalizer wait）"},
    {M::kWaitForceGCIdle, "空闲，等待强制 GC（force gc (idle)）"},
    {M::kWaitSemacquire, "等待获取信号量（semacquire）"},
    {M::kWaitSleep, "睡眠（sleep）"},
    {M::kWaitSyncCondWait, "在条件变量上等待（sync.Cond.Wait）"},
    {M::kWaitTimerGoroutineIdle, "定时器 goroutine 空闲（timer goroutine (idle)）"},
    {M::kWaitTraceReaderBlocked, "trace 读取者阻塞（trace reader (blocked)）"},
    {M::kWaitWaitForGCCycle, "等待 GC 周期结束（wait for GC cycle）"},
    {M::kWaitGCWorkerIdle, "GC worker 空闲（GC worker (idle)）"},
    {M::kWaitPreempted, "被抢占（preempted）"},
    {M::kWaitDebugCall, "调试调用（debug call）"},
    {M::kSyscallEnterWrite, "{g} 进入系统调用 write(fd {fd})（{dur}）；{m} 随它一起阻塞，{p} 留在 _Psyscall 状态，没有 M"},
    {M::kAtomicAdd, "{g} 原子地给 {addr:#x} 处的 {type} 加上一个值：现在是 {value}（sync/atomic：一条 LOCK XADD 指令，不加锁，也不经过调度器）"},
    {M::kAtomicLoad, "{g} 原子地读取 {addr:#x} 处的 {type}：{value}"},
    {M::kAtomicStore, "{g} 原子地把 {value} 写入 {addr:#x} 处的 {type}"},
    {M::kAtomicSwap, "{g} 原子地把 {value} 交换进 {addr:#x} 处的 {type}，并取回旧值"},
    {M::kAtomicCasSwapped, "{g} 对 {addr:#x} 处的 {type} 做比较并交换（CAS）成功：现在是 {value}"},
    {M::kAtomicCasFailed, "{g} 对 {addr:#x} 处的 {type} 做比较并交换（CAS）失败：它的值是 {value}，不是 {g} 预期的旧值"},
    {M::kAtomicValue, "{g} 对 {addr:#x} 处的 atomic.Value 调用 {op}（两个字：先是类型，再是数据）"},
    {M::kTimerOpStart, "{g} 启动一个 {what}，在 {when} 到期，放进 {p} 的定时器堆（runtime.addtimer）"},
    {M::kTimerOpStop, "{g} 停止它的 {what}：定时器还没触发，所以 Stop 返回 true；runtime.deltimer 把它标记为 timerDeleted，它留在堆里，直到堆处理到它"},
    {M::kTimerOpStopNotPending, "{g} 停止它的 {what}，但它已经触发过或已被停止：Stop 返回 false（runtime.deltimer）"},
    {M::kTimerOpResetPending, "{g} 把它的 {what} 重置为在 {when} 触发：它还没触发，所以 runtime.modtimer 只把它标记为已修改，之后由堆来挪动它"},
    {M::kTimerOpResetIdle, "{g} 把它的 {what} 重置为在 {when} 触发：它不在等待中，所以 runtime.modtimer 把它重新放进 {p} 的定时器堆"},
    {M::kTimerFireTimer, "一个 time.Timer 到期{late}：runtime.sendTime 把当前时间发送到它的 channel C 上"},
    {M::kTimerFireTicker, "一个 time.Ticker 触发{late}：它被重新设定到一个周期之后，runtime.sendTime 把当前时间发送到 C 上（C 已满则丢弃）"},
    {M::kTimerFireAfterFunc, "一个 time.AfterFunc 定时器到期{late}：time.goFunc 在一个新的 goroutine 上运行它的函数"},
}};
static_assert(in_msg_order(kZhCN), "catalog_zh_cn.cpp: rows must follow the Msg order");

}  // namespace

const Table& table_zh_cn() { return kZhCN; }

}  // namespace gosim::i18n
