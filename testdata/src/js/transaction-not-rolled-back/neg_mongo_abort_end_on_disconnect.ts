// transaction-not-rolled-back, negative: exception "mongo abortTransaction() + endSession() on the
// disconnect path": the quiz attempt's transaction begun on 'quiz:start' is committed on
// 'quiz:submit', and aborted and ended when the student leaves before submitting.
import { createServer } from "http";
import mongoose, { ClientSession } from "mongoose";
import { Server, Socket } from "socket.io";

const Answer = mongoose.model("Answer", new mongoose.Schema({ attempt: String, question: Number, choice: String }));
const Attempt = mongoose.model("Attempt", new mongoose.Schema({ student: String, quiz: String, submittedAt: Date }));

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket: Socket) => {
  const student: string = socket.handshake.auth.student;
  let session: ClientSession | null = null;
  let attemptId = "";

  socket.on("quiz:start", async (quiz: string) => {
    session = await mongoose.startSession();
    session.startTransaction();
    const [attempt] = await Attempt.create([{ student, quiz }], { session });
    attemptId = attempt.id;
  });

  socket.on("quiz:answer", async (question: number, choice: string) => {
    if (session) await Answer.create([{ attempt: attemptId, question, choice }], { session });
  });

  socket.on("quiz:submit", async () => {
    if (!session) return;
    await Attempt.updateOne({ _id: attemptId }, { submittedAt: new Date() }, { session });
    await session.commitTransaction();
    await session.endSession();
    session = null;
  });

  socket.on("disconnect", async () => {
    if (!session) return;
    try {
      await session.abortTransaction();
    } finally {
      await session.endSession();
      session = null;
    }
  });
});

mongoose.connect(process.env.MONGO_URL as string).then(() => httpServer.listen(3007));
