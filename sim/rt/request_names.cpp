#include "sim/rt/request_names.h"

namespace gosim {

std::string_view request_kind_name(ReqKind k) {
  switch (k) {
    case ReqKind::kNone: return "none";
    case ReqKind::kGo: return "go (newproc)";
    case ReqKind::kGosched: return "Gosched";
    case ReqKind::kSemacquire: return "semacquire";
    case ReqKind::kSemrelease: return "semrelease";
    case ReqKind::kWrite: return "write";
    case ReqKind::kExit: return "exit";
    case ReqKind::kOsExit: return "os.Exit";
    case ReqKind::kPanic: return "panic";
    case ReqKind::kWork: return "work (preemption point)";
    case ReqKind::kSleep: return "time.Sleep";
    case ReqKind::kSyscall: return "syscall";
    case ReqKind::kMutexLock: return "Mutex.Lock";
    case ReqKind::kMutexUnlock: return "Mutex.Unlock";
    case ReqKind::kRWLock: return "RWMutex.Lock";
    case ReqKind::kRWUnlock: return "RWMutex.Unlock";
    case ReqKind::kRLock: return "RWMutex.RLock";
    case ReqKind::kRUnlock: return "RWMutex.RUnlock";
    case ReqKind::kWgAdd: return "WaitGroup.Add";
    case ReqKind::kWgWait: return "WaitGroup.Wait";
    case ReqKind::kMakeChan: return "make(chan)";
    case ReqKind::kChanSend: return "chan send";
    case ReqKind::kChanRecv: return "chan receive";
    case ReqKind::kChanClose: return "close(chan)";
    case ReqKind::kSelect: return "select";
    case ReqKind::kNetListen: return "net.Listen";
    case ReqKind::kNetDial: return "net.Dial";
    case ReqKind::kNetAccept: return "Accept";
    case ReqKind::kNetRead: return "Read";
    case ReqKind::kNetWrite: return "Write";
    case ReqKind::kNetClose: return "Close";
    case ReqKind::kTimeAfter: return "time.After";
    case ReqKind::kGomaxprocs: return "runtime.GOMAXPROCS";
    case ReqKind::kGC: return "runtime.GC";
    case ReqKind::kFileWrite: return "write";
    case ReqKind::kFileRead: return "read";
    case ReqKind::kFileSys: return "file system call";
    case ReqKind::kNotifyListWait: return "sync.Cond.Wait";
    case ReqKind::kNotifyListNotifyOne: return "sync.Cond.Signal";
    case ReqKind::kNotifyListNotifyAll: return "sync.Cond.Broadcast";
  }
  return "?";  // not a ReqKind value
}

}  // namespace gosim
